namespace Delegation.Core.Locale;

/// <summary>
/// Who may be the practice's associate therapist, in the practice's country's terms. The plan's associate note, the
/// hiring kit's must-haves and the associate's caseload SOP all state this one sentence, so owner and associate read
/// the same rule: licensed (or registered), or pre-licensed and working under a named clinical supervisor.
/// </summary>
public static class AssociateLicensing
{
    /// <summary>The rule, in the third person so it reads the same to the owner and to the associate.</summary>
    /// <param name="j">The practice's jurisdiction.</param>
    public static string Rule(Jurisdiction j)
    {
        ArgumentNullException.ThrowIfNull(j);
        return j.Kind switch
        {
            JurisdictionKind.Hipaa => "An associate therapist is licensed in the practice's state (and in each state a telehealth client is in when seen), "
                + "or is pre-licensed and works under a named clinical supervisor as the state board requires.",
            JurisdictionKind.UkGdpr => "An associate therapist is registered with a body the practice's clients and their insurers recognize "
                + "(HCPC for practitioner psychologists; BACP, UKCP or NCPS for counsellors and psychotherapists), "
                + "or is in training and works under a named clinical supervisor as that body requires.",
            _ => "An associate therapist is licensed or registered to practice in the practice's country, "
                + "or is pre-licensed and works under a named clinical supervisor as the regulator requires.",
        };
    }

    /// <summary>What a pre-licensed (in training) associate may not do alone: the SOP and the kit state this one sentence.</summary>
    /// <param name="j">The practice's jurisdiction.</param>
    public static string Limits(Jurisdiction j)
    {
        ArgumentNullException.ThrowIfNull(j);
        // Supervision is a condition of practising, not a courtesy: each clause is something the board (or body) or an insurer checks.
        var (who, agreement, body) = j.Kind switch
        {
            JurisdictionKind.Hipaa => ("A pre-licensed associate", "the signed supervision agreement", "the state board"),
            JurisdictionKind.UkGdpr => ("An associate in training", "the signed supervision (or placement) agreement", "their body"),
            _ => ("A pre-licensed associate", "the signed supervision agreement", "the regulator"),
        };
        var status = j.Kind == JurisdictionKind.UkGdpr ? "in training" : "pre-licensed";
        return $"{who} does not work alone: they see no client before {agreement} is on file; they tell each client in writing that they are {status} and who supervises them; "
            + $"they bring every new client, and every risk concern the same day, to their supervisor as {body} requires; they take on nothing outside what their supervisor approved; "
            + $"and no insurer is billed for their sessions unless it confirms in writing that it covers a {status} clinician (many do not).";
    }
}
