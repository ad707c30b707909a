namespace Delegation.Core.Tests;
public sealed class TmpDump
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var n in new[] { "solo-us", "zero-budget", "group-associate", "clinical-only", "uk-london", "forty-tasks" })
            sb.AppendLine("==" + n).AppendLine(ReviewPlanDocuments.Email(n));
        File.WriteAllText("/tmp/h-r14a-dump.txt", sb.ToString());
    }
}
