using System.Text;
using Delegation.Core.Ports;

namespace Delegation.Email.Tests;

internal static class Messages
{
    /// <summary>A plan email as PlanEmailWriter shapes it, with a fresh plan id so tests never share claims.</summary>
    public static EmailMessage Plan(string? planId = null, string to = "ana@example.com")
    {
        planId ??= Guid.NewGuid().ToString("N");
        return new EmailMessage(
            MessageId: $"{planId}-plan-1",
            PlanId: planId,
            Purpose: "plan",
            To: new EmailAddress(to, "Ana Ruiz"),
            Subject: "Your delegation plan for Calm Harbor Counseling",
            Html: "<p>Dear Ana Ruiz,</p><p>Your plan.</p>",
            Text: "Dear Ana Ruiz,\n\nYour plan.",
            Attachments: [new EmailAttachment("SOP-t1.html", "text/html", Encoding.UTF8.GetBytes("<h1>SOP: Scheduling</h1>"))]);
    }
}
