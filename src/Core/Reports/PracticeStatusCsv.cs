using System.Globalization;
using CsvHelper;

namespace Delegation.Core.Reports;

/// <summary>The operator's CSV of every practice's status, RFC 4180, safe to open in a spreadsheet.</summary>
public static class PracticeStatusCsv
{
    /// <summary>File name of the attachment.</summary>
    public static string FileName(string month) => $"practices-{month}.csv";

    /// <summary>One row per practice; a practice name that starts like a formula is escaped, so a spreadsheet shows it as text.</summary>
    /// <param name="statuses">The rows.</param>
    public static byte[] Write(IEnumerable<PracticeStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            foreach (var header in new[] { "planId", "practice", "ownerEmail", "state", "since", "phase", "lastPhase", "missedThisMonth", "attention" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var s in statuses)
            {
                csv.WriteField(s.PlanId);
                csv.WriteField(s.Practice);
                csv.WriteField(s.OwnerEmail);
                csv.WriteField(s.State.ToString());
                csv.WriteField(s.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(s.Phase.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.LastPhase.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.MissedThisMonth.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.Attention ?? "");
                csv.EndRecord();
            }

            csv.Flush();
        }

        return bytes.ToArray();
    }
}
