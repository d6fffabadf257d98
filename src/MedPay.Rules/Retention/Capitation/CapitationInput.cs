using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Capitation;

/// <summary>The year's figures of a capitation contract (按人头付费), e.g. an alliance managing enrolled hypertension or diabetes patients.</summary>
/// <param name="Enrolled">The number of enrolled persons.</param>
/// <param name="ActualCost">The year's actual cost of their care, in yuan.</param>
public sealed record CapitationInput(int Enrolled, decimal ActualCost)
{
    /// <summary>Outcome indicators for the <c>capitation_extra</c> targets (e.g. <c>hba1c_control_rate</c>).</summary>
    public ImmutableDictionary<string, decimal> Indicators { get; init; } = ImmutableDictionary<string, decimal>.Empty;
}
