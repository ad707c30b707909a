namespace Delegation.Core.Planning;

/// <summary>
/// What happens to a hire's accounts when their kickoff comes before the password manager roll-out has set the
/// manager up. Kickoffs are dated when each hire is registered, and the clash rule can move one a week, so the
/// roll-out's hire may meet the owner after another hire: their accounts then wait for the manager, and the plan's
/// promise that each hire's logins live in a private vault "from the day they are invited" holds in every order.
/// Said once, here, so the plan email and the other hires' kits give the owner the same rule.
/// </summary>
public static class LoginsWait
{
    /// <summary>
    /// The rule as a sentence: "If their kickoff comes before “Password manager roll-out” has set up the password
    /// manager, their accounts wait for it: you set them up together on the day they are invited to it, not at the kickoff."
    /// </summary>
    /// <param name="whose">Whose kickoff, as the sentence opens: "a hire's", or "their" in that hire's own kit.</param>
    /// <param name="project">The roll-out project's name, already encoded for where the sentence goes.</param>
    public static string Rule(string whose, string project) =>
        $"If {whose} kickoff comes before “{project}” has set up the password manager, their accounts wait for it: "
        + "you set them up together on the day they are invited to it, not at the kickoff.";
}
