using MedPay.Rules.Payment;

namespace MedPay.Rules.Reporting;

/// <summary>The DRG indicator rows of one MDC summed: cases, weighted cases, DRGs and total weight; CMI = total weight ÷ weighted cases (domain-primer §5).</summary>
internal sealed record MdcLine(string Code, string? Name)
{
    /// <summary>The line of the cases without a priced DRG (<c>0000</c>).</summary>
    public const string NotGroupedCode = "0000";

    /// <summary>The line of DRGs the scheme does not know.</summary>
    public const string UnknownCode = "?";

    public int Cases { get; init; }

    public int WeightedCases { get; init; }

    public int DrgCount { get; init; }

    public decimal TotalWeight { get; init; }

    public decimal? Cmi => WeightedCases == 0 ? null : TotalWeight / WeightedCases;

    public MdcLine Add(IndicatorRow row) => this with
    {
        Cases = Cases + row.Cases, WeightedCases = WeightedCases + row.WeightedCases, DrgCount = DrgCount + row.DrgCount, TotalWeight = TotalWeight + row.TotalWeight,
    };
}
