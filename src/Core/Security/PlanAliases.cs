using System.Security.Cryptography;
using System.Text;

namespace Delegation.Core.Security;

/// <summary>
/// How everything a hire holds names the plan: the UIDs of the calendar events both people import (so a moved meeting
/// updates in both calendars) and the ids in the headers of the hire's emails. The plan id cannot be there, since it
/// opens the owner's whole plan. A keyed MAC of the plan id is the same in every render (a plan update raises SEQUENCE
/// on the same UIDs) and reveals nothing of the id; only a new signing key would change it.
/// </summary>
public sealed class PlanAliases(SigningKeys keys)
{
    /// <summary>The alias of <paramref name="planId"/>: 32 hex digits.</summary>
    public async Task<string> ForAsync(string planId)
    {
        var mac = HMACSHA256.HashData(await keys.GetAsync(), Encoding.UTF8.GetBytes("alias|" + planId));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}
