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
}
