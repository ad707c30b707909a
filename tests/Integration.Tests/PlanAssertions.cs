using System.Text.Json;
using MimeKit;

namespace Delegation.Integration.Tests;

/// <summary>What "a plan is done" means, checked the same way on every backend.</summary>
internal static class PlanAssertions
{
    public static void IsCompleteActivePlan(JsonElement plan, string planId)
    {
        Assert.Equal(planId, plan.GetProperty("planId").GetString());
        Assert.Equal("Active", plan.GetProperty("status").GetString());
        Assert.Equal("PlanSent", plan.GetProperty("stage").GetString());

        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(5, tasks.Count);
        var scores = tasks.Select(t => t.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(tasks, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("reason").GetString())));

        var clinical = tasks.Single(t => t.GetProperty("category").GetString() == "clinical");
        Assert.False(clinical.GetProperty("delegable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, clinical.GetProperty("role").ValueKind);

        var totals = plan.GetProperty("totals");
        Assert.True(totals.GetProperty("monthlyCost").GetDecimal() <= totals.GetProperty("monthlyBudget").GetDecimal());
        Assert.True(totals.GetProperty("hoursFreedPerWeek").GetDecimal() > 0);
        var mixCost = plan.GetProperty("supportMix").EnumerateArray().Sum(l => l.GetProperty("monthlyCost").GetDecimal());
        Assert.Equal(totals.GetProperty("monthlyCost").GetDecimal(), mixCost);

        var phase1 = tasks.Where(t => t.GetProperty("phase").ValueKind == JsonValueKind.Number && t.GetProperty("phase").GetInt32() == 1)
            .Select(t => t.GetProperty("taskId").GetString()).ToHashSet();
        Assert.InRange(phase1.Count, 1, 2);
        var sopTasks = plan.GetProperty("sops").EnumerateArray().Select(s => s.GetProperty("taskId").GetString()).ToHashSet();
        Assert.Superset(phase1, sopTasks);
        Assert.NotEmpty(plan.GetProperty("checkIns").EnumerateArray());
    }

    public static MimeMessage SingleEmailTo(string outboxDir, string address)
    {
        var files = Directory.GetFiles(outboxDir, "*.eml");
        var file = Assert.Single(files);
        var message = MimeMessage.Load(file);
        Assert.Equal(address, Assert.Single(message.To.Mailboxes).Address);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
        return message;
    }
}
