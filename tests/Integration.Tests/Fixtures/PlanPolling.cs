using System.Net;
using System.Text.Json;

namespace Delegation.Integration.Tests.Fixtures;

internal static class PlanPolling
{
    /// <summary>Polls the plan until its status leaves Planning; fails with the host's log if it never does.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(this StandaloneHost host, string planId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await host.Http.GetAsync($"api/plans/{planId}");
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var plan = JsonDocument.Parse(last).RootElement.Clone();
                if (plan.GetProperty("status").GetString() == status)
                {
                    return plan;
                }

                Assert.NotEqual("Failed", plan.GetProperty("status").GetString());
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Plan {planId} did not reach {status}. Last answer: {last}\nHost log:\n{host.Log}");
    }
}
