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
}
