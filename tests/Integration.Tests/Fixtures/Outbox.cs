using System.Text.RegularExpressions;
using MimeKit;

namespace Delegation.Integration.Tests.Fixtures;

/// <summary>Reads the standalone host's outbox the way a person reads their inbox.</summary>
internal static partial class Outbox
{
    /// <summary>Waits for the message whose id ends with <paramref name="suffix"/> (plan id excluded).</summary>
    public static async Task<MimeMessage> WaitForAsync(this StandaloneHost host, string planId, string suffix, TimeSpan? timeout = null)
    {
        var path = Path.Combine(host.OutboxDir, $"{planId}-{suffix}.eml");
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path))
            {
                return await MimeMessage.LoadAsync(path);
            }

            await Task.Delay(100);
        }

        var present = Directory.Exists(host.OutboxDir) ? string.Join(", ", Directory.GetFiles(host.OutboxDir).Select(Path.GetFileName)) : "(none)";
        throw new TimeoutException($"No email {planId}-{suffix}. Outbox: {present}\nHost log:\n{host.Log}");
    }

    /// <summary>Ids (without the plan id) of every message sent for a plan.</summary>
    public static IReadOnlyList<string> MessagesFor(this StandaloneHost host, string planId) =>
        Directory.Exists(host.OutboxDir)
            ? Directory.GetFiles(host.OutboxDir, $"{planId}-*.eml").Select(f => Path.GetFileNameWithoutExtension(f)[(planId.Length + 1)..]).Order().ToList()
            : [];

    /// <summary>The first link in the plain-text part that starts with the host's address and contains <paramref name="fragment"/>.</summary>
    public static Uri LinkIn(MimeMessage message, string fragment) =>
        new(Links().Matches(message.TextBody ?? "").Select(m => m.Value).First(u => u.Contains(fragment, StringComparison.Ordinal)));

    [GeneratedRegex(@"http://localhost:\d+/\S+")]
    private static partial Regex Links();
}
