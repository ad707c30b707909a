using Delegation.Core.Intake;
using Delegation.Core.Planning;
using Delegation.Core.Plans;
using Delegation.Core.Workflow.Activities;

namespace Delegation.Functions.Tests;

/// <summary>The check-in kit's payloads cross the Durable boundary through the worker's serializer unchanged.</summary>
public sealed class CalendarPayloadTests
{
    static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task WorkerSerializer_RoundTripsCheckInKitPayloads_Unchanged()
    {
        var serializer = WorkerSerializer.Create();
        var practice = new Practice("Calm Harbor Counseling", "Ana Ruiz", "ana@example.com", "America/Chicago", 150m, 25m);
        var task = new PracticeTask("t1", "Insurance claims", TaskCategory.Billing, 3m, 5, 2, true, true, null);
        var checkInRequest = new CheckInRequest([SupportRole.BillingSpecialist], practice.TimeZone, DayOfWeek.Monday, Now, [new SopTask(task, SupportRole.BillingSpecialist)]);
        var checkIns = await new ScheduleCheckIns().RunAsync(checkInRequest);
        Assert.NotEmpty(Assert.Single(checkIns).Review!);

        object[] payloads = [checkInRequest, checkIns, new CalendarRequest("p-1", practice, checkIns, Now), new CalendarLink("/api/plans/p-1/calendar.ics", 2)];

        Assert.All(payloads, payload =>
        {
            var type = payload is IReadOnlyList<CheckIn> ? typeof(IReadOnlyList<CheckIn>) : payload.GetType();
            var json = serializer.Serialize(payload, type).ToString();

            var back = serializer.Deserialize(new BinaryData(json).ToStream(), type, CancellationToken.None);

            Assert.IsAssignableFrom(type, back);
            Assert.Equal(json, serializer.Serialize(back, type).ToString());
            Assert.Contains(payload is CalendarLink ? "calendar.ics" : "BillingSpecialist", json, StringComparison.Ordinal);
        });
    }
}
