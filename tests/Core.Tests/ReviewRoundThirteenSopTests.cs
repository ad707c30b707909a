using Delegation.Core.Email;
using Delegation.Core.Planning;

namespace Delegation.Core.Tests;

/// <summary>
/// The round-13 findings on SOPs and kits, read on the review intakes' own output: one rule said the same way in
/// every document that states it, so a reader never has to choose between two versions.
/// </summary>
public sealed class ReviewRoundThirteenSopTests
{
    [Fact]
    public void FortyTasks_KickoffClashRule_IsTheEmailsWording_InEveryRolesKickoffRule()
    {
        var plan = Samples.ComposePlan(ReviewIntakes.Load("forty-tasks")).Plan;
        var email = PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).ToText();
        const string Rule = "the one registered later moves a week";

        Assert.Contains("If two hires' kickoffs would fall on the same day an hour apart, " + Rule + ".", email, StringComparison.Ordinal);
        Assert.True(plan.CheckIns.Count > 1);
        Assert.All(plan.CheckIns, c =>
        {
            Assert.Contains("if two hires' kickoffs would fall on the same day an hour apart, " + Rule, c.Starts, StringComparison.Ordinal);
            // The old wording read as both kickoffs moving.
            Assert.DoesNotContain("an hour before or after it", c.Starts, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void GroupAssociate_OneRuleForNewClientsOfTheAssociate_AndSomeoneBooksTheFirstSession()
    {
        var intake = ReviewPlanDocuments.Sop("group-associate", "Intake calls with new clients");
        var associate = ReviewPlanDocuments.Sop("group-associate", "Overflow sessions from the waitlist");
        var kit = ReviewPlanDocuments.Kit("group-associate", SupportRole.VirtualAssistant);

        // The therapist decides who fits the associate, in both SOPs; the VA offers those clients the associate's openings.
        Assert.Contains("the therapist decides which new clients fit the associate: offer each client the therapist assigns to the associate the associate's openings for a first session, and book the one they choose", intake, StringComparison.Ordinal);
        Assert.Contains("the therapist decides which new clients fit you, and only those are offered your openings for a first session", associate, StringComparison.Ordinal);
        Assert.DoesNotContain("who fits the associate the associate's openings first", intake, StringComparison.Ordinal);
        // Booking that first session is what starts the benefits check, so the VA's access grants it, in the SOP and the kit alike.
        Assert.Contains("the right to book a first session into the associate's openings for a client the therapist assigned to the associate", intake, StringComparison.Ordinal);
        Assert.Contains("the right to book a first session into the associate's openings for a client you assigned to the associate", kit, StringComparison.Ordinal);
        Assert.DoesNotContain("no right to book, move or cancel client sessions", kit, StringComparison.Ordinal);
        // A practice without an associate grants no first-session booking into anyone's openings (its VA books only what callers ask for).
        Assert.DoesNotContain("the associate's openings", ReviewPlanDocuments.Kit("forty-tasks", SupportRole.VirtualAssistant), StringComparison.Ordinal);
    }

    [Fact]
    public void FortyTasks_PasswordManagerFirst_PromisesOnlyWhatTheSopDoes()
    {
        var plan = Samples.ComposePlan(ReviewIntakes.Load("forty-tasks")).Plan;
        var email = PlanEmailContent.Build(plan, new Uri("https://delegation.example/")).ToText();
        var sop = ReviewPlanDocuments.Sop("forty-tasks", plan.Tasks.Single(t => t.Name.StartsWith("Password manager", StringComparison.Ordinal)).Name);

        // The SOP keeps the owner's client-system logins out until the project's administrator role ends: the email says so.
        Assert.DoesNotContain("so the logins you give new help are kept in it from the start", email, StringComparison.Ordinal);
        Assert.Contains("each new hire keeps their own named logins in a private vault of their own from the day they are invited; your own administrator logins go in only once the project's administrator account is removed at its hand-over.", email, StringComparison.Ordinal);
        Assert.Contains("only after the hand-over below", sop, StringComparison.Ordinal);
        // And the SOP gives a hire's own logins that private vault from the start.
        Assert.Contains("a private vault for each member that no administrator can open", sop, StringComparison.Ordinal);
        Assert.Contains("A new hire's own named logins (their own", sop, StringComparison.Ordinal);
        Assert.Contains("go in their private vault from the day they are invited, never in a shared vault.", sop, StringComparison.Ordinal);
    }
}
