using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>The clinical-pathway reward (临床路径奖励) of a physician: a fixed amount per case when the <c>pathway_reward</c> condition holds (<see cref="RetentionPolicy.Holds"/>).</summary>
public static class PathwayReward
{
    /// <summary>Computes the reward.</summary>
    /// <param name="policy">The policy (<c>pathway_reward_per_case</c> and the <c>pathway_reward</c> targets).</param>
    /// <param name="cases">The physician's pathway cases.</param>
    /// <param name="indicators">The physician's indicators (e.g. <c>pathway_entry_rate</c>, <c>pathway_variation_rate</c>).</param>
    /// <param name="checks">The targets checked.</param>
    /// <returns>cases × reward per case when every target is met (or the condition has none), else 0.</returns>
    public static decimal Compute(RetentionPolicy policy, int cases, IReadOnlyDictionary<string, decimal> indicators, out ImmutableArray<TargetCheck> checks)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        if (cases < 0) throw new ArgumentOutOfRangeException(nameof(cases));
        checks = policy.Check("pathway_reward", indicators);
        return RetentionPolicy.Holds(checks) ? Money.RoundToFen(cases * policy.Parameters.PathwayRewardPerCase) : 0m;
    }
}
