using MimeKit;

namespace Delegation.Infrastructure.Email;

/// <summary>Sender identity and the outbox used when SendGrid is not configured.</summary>
public sealed class EmailOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Email";

    /// <summary>From address; must be a verified sender in SendGrid.</summary>
    public string FromAddress { get; set; } = "plans@delegation.example";

    /// <summary>Name shown with the from address.</summary>
    public string FromName { get; set; } = "Delegation";

    /// <summary>Folder of .eml files written instead of sending.</summary>
    public string OutboxPath { get; set; } = ".data/outbox";

    /// <summary>
    /// Accepts the outbox on a host that serves other people (see <see cref="EmailDelivery"/>): for a trial
    /// where nobody needs the emails. Off by default, because there they reach no one.
    /// </summary>
    public bool AllowOutbox { get; set; }

    /// <summary>Explains what is wrong with these settings, naming the setting, or null when they are usable.</summary>
    public string? Problem()
    {
        // One address, no display name: the name has its own setting, and SendGrid verifies the bare address.
        if (string.IsNullOrWhiteSpace(FromAddress) || !MailboxAddress.TryParse(FromAddress, out var address)
            || !string.IsNullOrEmpty(address.Name) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            return $"Email:FromAddress is '{FromAddress}', which is not an email address (e.g. plans@yourpractice.com).";
        }

        return string.IsNullOrWhiteSpace(OutboxPath) ? "Email:OutboxPath must name a folder." : null;
    }
}
