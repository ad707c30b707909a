using System.Security.Cryptography;
using System.Text.Json;
using Delegation.Core.Intake;
using Delegation.Core.Plans;
using Delegation.Core.Security;
using Delegation.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Delegation.Core.Tests;

public sealed class PlanIdsTests : IDisposable
{
    static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray());

    readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    PlanIds Ids(string? key, string? storeFolder = null) =>
        new(new SigningKeys(
            Options.Create(new SecurityOptions { SigningKey = key }),
            new LocalFolderDocumentStore(storeFolder ?? folder.Path)));

    [Fact]
    public async Task For_SameIntake_GivesTheSameId()
    {
        var ids = Ids(KeyA);

        var first = await ids.ForAsync(Samples.Intake(), null);
        var second = await ids.ForAsync(Samples.Intake(), null);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task For_SameIntakeInAnotherInstance_GivesTheSameId()
    {
        var first = await Ids(KeyA).ForAsync(Samples.Intake(), null);
        var second = await Ids(KeyA).ForAsync(Samples.Intake(), null);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task For_SameIntakeWrittenDifferently_GivesTheSameId()
    {
        const string compact = """{"practice":{"name":"Calm Harbor","ownerName":"Ana Ruiz","email":"ana@example.com","timeZone":"America/Chicago","sessionFee":150,"clientHoursPerWeek":25},"budget":{"monthly":1200,"currency":"USD"},"tasks":[{"name":"Claims","category":"billing","hoursPerWeek":5,"stress":5,"confidence":2,"repetitive":true,"involvesClientInfo":true,"notes":null}],"preferences":{"startWith":2,"checkInDay":"Monday","shareClientLoad":false}}""";
        const string reordered = """
            {
              "tasks": [ { "category": "billing", "name": "  Claims ", "confidence": 2, "stress": 5,
                           "hoursPerWeek": 5, "involvesClientInfo": true, "repetitive": true } ],
              "preferences": { "checkInDay": "monday", "startWith": 2 },
              "budget": { "currency": "USD", "monthly": 1200 },
              "practice": {
                "timeZone": "America/Chicago", "email": " ana@example.com", "ownerName": "Ana Ruiz",
                "name": "Calm Harbor ", "clientHoursPerWeek": 25, "sessionFee": 150
              }
            }
            """;
        var ids = Ids(KeyA);

        var first = await ids.ForAsync(Parse(compact), null);
        var second = await ids.ForAsync(Parse(reordered), null);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task For_ChangedIntake_GivesAnotherId()
    {
        var ids = Ids(KeyA);
        var intake = Samples.Intake();

        var original = await ids.ForAsync(intake, null);
        var changed = await ids.ForAsync(intake with { Budget = intake.Budget with { Monthly = 1201m } }, null);

        Assert.NotEqual(original, changed);
    }

    [Fact]
    public async Task For_IdempotencyKey_ChangesTheIdAndIsStableItself()
    {
        var ids = Ids(KeyA);

        var without = await ids.ForAsync(Samples.Intake(), null);
        var withKey = await ids.ForAsync(Samples.Intake(), "order-1");
        var withKeyAgain = await ids.ForAsync(Samples.Intake(), "order-1");
        var withOtherKey = await ids.ForAsync(Samples.Intake(), "order-2");

        Assert.NotEqual(without, withKey);
        Assert.Equal(withKey, withKeyAgain);
        Assert.NotEqual(withKey, withOtherKey);
    }

    [Fact]
    public async Task For_Id_Is32LowerCaseHexAndWellFormed()
    {
        var id = await Ids(KeyA).ForAsync(Samples.Intake(), "order-1");

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(PlanIds.Length, id.Length);
        Assert.True(PlanIds.IsWellFormed(id));
    }

    [Fact]
    public async Task For_DifferentSigningKey_GivesAnotherId()
    {
        var a = await Ids(KeyA).ForAsync(Samples.Intake(), null);
        var b = await Ids(KeyB).ForAsync(Samples.Intake(), null);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task For_NoConfiguredKey_GeneratesOneKeyAndKeepsItAcrossInstances()
    {
        var first = await Ids(null).ForAsync(Samples.Intake(), null);
        var second = await Ids(null).ForAsync(Samples.Intake(), null);

        using var otherStore = new TempDirectory();
        var elsewhere = await Ids(null, otherStore.Path).ForAsync(Samples.Intake(), null);

        Assert.Equal(first, second);
        Assert.NotEqual(first, elsewhere);
        Assert.Equal(["system/signing-key.bin"], folder.Files());
    }

    [Fact]
    public async Task For_ConfiguredKeyShorterThan32Bytes_IsRefused()
    {
        var ids = Ids(Convert.ToBase64String(RandomNumberGenerator.GetBytes(31)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => ids.ForAsync(Samples.Intake(), null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("../../../../../../etc/passwd....")]
    public void IsWellFormed_AnythingButThirtyTwoLowerCaseHex_IsFalse(string? id)
    {
        Assert.False(PlanIds.IsWellFormed(id));
    }

    static Intake.Intake Parse(string json)
    {
        var form = JsonSerializer.Deserialize<IntakeForm>(json, PlanJson.Options);
        var result = IntakeValidator.Validate(form);
        return result.Intake ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Keys));
    }

    [Fact]
    public async Task For_AmountsWrittenWithTrailingZeros_GiveTheSameId()
    {
        var plain = Samples.Form();
        var padded = plain with { Budget = plain.Budget! with { Monthly = 1200.00m }, Practice = plain.Practice! with { SessionFee = 150.0m } };

        var first = await Ids(KeyA).ForAsync(IntakeValidator.Validate(plain).Intake!, null);
        var second = await Ids(KeyA).ForAsync(IntakeValidator.Validate(padded).Intake!, null);

        Assert.Equal(first, second);
    }
}
