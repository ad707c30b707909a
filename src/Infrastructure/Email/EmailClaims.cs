using System.Text.Json;
using Delegation.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// The claim records that make a send happen once as the recipient sees it, all create-only
/// (<c>If-None-Match: *</c> on Blob), under <c>emails/{messageId}/</c>:
/// <list type="bullet">
/// <item><c>claim-{n}.json</c>: attempt n is about to send (pending). Only one writer can create each n,
/// so two executions of the same activity never both send.</item>
/// <item><c>claim-{n}.failed.json</c>: attempt n ended without the transport taking the message.</item>
/// <item><c>sent.json</c>: the transport accepted the message; nothing is ever sent for this id again.</item>
/// </list>
/// A pending claim younger than the lease belongs to an execution that may still be sending: the
/// caller waits for its outcome. An older one belongs to an execution that died without a word; it is
/// taken over and the message sent again. That is the residual risk: a host that dies between the
/// transport's 202 and <c>sent.json</c> (milliseconds) causes one duplicate after the lease.
/// </summary>
public sealed class EmailClaims(IDocumentStore documents, TimeProvider time, ILogger<EmailClaims> log)
{
    const int MaxClaims = 100;

    sealed record Record(int Attempt, DateTimeOffset At, string? Detail = null);

    /// <summary>An attempt this caller owns: send, then call <see cref="MarkSentAsync"/> or <see cref="MarkFailedAsync"/>.</summary>
    public sealed record Claim(string MessageId, int Attempt);

    /// <summary>
    /// Claims the next attempt for <paramref name="messageId"/>, or returns null when it was already sent
    /// (possibly by a concurrent execution this call waited for).
    /// </summary>
    public async Task<Claim?> TryClaimAsync(string messageId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var folder = Folder(messageId);
        var poll = TimeSpan.FromTicks(Math.Clamp(lease.Ticks / 20, TimeSpan.FromMilliseconds(20).Ticks, TimeSpan.FromSeconds(2).Ticks));
        while (true)
        {
            if (await documents.GetAsync($"{folder}/sent.json", cancellationToken) is not null)
            {
                return null;
            }

            var (latest, record) = await LatestAsync(folder, cancellationToken);
            var failed = latest > 0 && await documents.GetAsync($"{folder}/claim-{latest}.failed.json", cancellationToken) is not null;
            var stale = record is not null && time.GetUtcNow() - record.At > lease;
            if (latest == 0 || failed || stale)
            {
                if (stale && !failed)
                {
                    log.LogWarning("Message {MessageId}: attempt {Attempt} left no outcome within {Lease}; sending again", messageId, latest, lease);
                }

                var next = latest + 1;
                if (next > MaxClaims)
                {
                    throw new InvalidOperationException($"Message {messageId} has been attempted {MaxClaims} times; refusing to try again.");
                }

                if (await documents.TryCreateAsync($"{folder}/claim-{next}.json", Serialize(new Record(next, time.GetUtcNow())), "application/json", cancellationToken))
                {
                    return new Claim(messageId, next);
                }

                // Another execution took attempt n first: look again at what it did.
                continue;
            }

            // A live claim: another execution is sending this message now. Wait for its outcome or its lease.
            await Task.Delay(poll, time, cancellationToken);
        }
    }

    /// <summary>Records that the transport accepted the message.</summary>
    public Task MarkSentAsync(Claim claim, CancellationToken cancellationToken) =>
        Create($"{Folder(claim.MessageId)}/sent.json", new Record(claim.Attempt, time.GetUtcNow()), cancellationToken);

    /// <summary>Records that the attempt ended without the transport taking the message, so the next one need not wait.</summary>
    public Task MarkFailedAsync(Claim claim, string detail, CancellationToken cancellationToken) =>
        Create($"{Folder(claim.MessageId)}/claim-{claim.Attempt}.failed.json", new Record(claim.Attempt, time.GetUtcNow(), detail), cancellationToken);

    /// <summary>The folder of one message's records.</summary>
    public static string Folder(string messageId) => "emails/" + messageId.ToLowerInvariant();

    async Task<(int Latest, Record? Record)> LatestAsync(string folder, CancellationToken cancellationToken)
    {
        Record? latest = null;
        for (var n = 1; n <= MaxClaims + 1; n++)
        {
            var doc = await documents.GetAsync($"{folder}/claim-{n}.json", cancellationToken);
            if (doc is null)
            {
                return (n - 1, latest);
            }

            latest = JsonSerializer.Deserialize<Record>(doc.Content);
        }

        return (MaxClaims + 1, latest);
    }

    Task<bool> Create(string path, Record record, CancellationToken cancellationToken) =>
        documents.TryCreateAsync(path, Serialize(record), "application/json", cancellationToken);

    static byte[] Serialize(Record record) => JsonSerializer.SerializeToUtf8Bytes(record);
}
