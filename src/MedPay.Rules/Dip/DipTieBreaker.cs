namespace MedPay.Rules.Dip;

/// <summary>A tie-breaker among candidate groups of the same kind and treatment (domain-primer §3.3 step 5); the pack lists them in order.</summary>
public enum DipTieBreaker
{
    /// <summary><c>combination</c>: prefer the group with the most <c>+</c>-joined (all-of) terms.</summary>
    Combination = 0,

    /// <summary><c>matched</c>: prefer the group that matches the most of the case's procedures.</summary>
    Matched = 1,

    /// <summary><c>closest_cost</c>: prefer the group whose reference mean cost is closest to the case's cost (skipped when the cost is not given).</summary>
    ClosestCost = 2,

    /// <summary><c>higher_score</c>: prefer the higher group score.</summary>
    HigherScore = 3,
}
