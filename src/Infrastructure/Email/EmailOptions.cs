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

/// <summary>SendGrid settings; email goes through SendGrid only when <see cref="ApiKey"/> is set.</summary>
public sealed class SendGridOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "SendGrid";

    /// <summary>API key (from Key Vault in Azure).</summary>
    public string? ApiKey { get; set; }

    /// <summary>API base address; the EU data-residency host or a local stand-in in tests.</summary>
    public string? Host { get; set; }
}
