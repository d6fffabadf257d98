using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>The year-end DIP settlement: per fund the point value, per hospital and fund the annual payment, the steps (zh + en) and issues.</summary>
public sealed class DipYearEndReport
{
    /// <summary>The method used.</summary>
    public DipPointValueMethod Method { get; init; }

    /// <summary>The funds (pools), in fund order.</summary>
    public ImmutableArray<DipFundSettlement> Funds { get; init; } = ImmutableArray<DipFundSettlement>.Empty;

    /// <summary>The hospitals by fund, ordered by fund then hospital id (ordinal).</summary>
    public ImmutableArray<DipHospitalSettlement> Hospitals { get; init; } = ImmutableArray<DipHospitalSettlement>.Empty;

    /// <summary>The computation, step by step.</summary>
    public ImmutableArray<LocalizedText> Steps { get; init; } = ImmutableArray<LocalizedText>.Empty;

    /// <summary>Problems found (fund without budget, zero total score, bad budget).</summary>
    public ImmutableArray<Issue> Issues { get; init; } = ImmutableArray<Issue>.Empty;
}
