using System.Collections.Immutable;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Reporting;

/// <summary>
/// Every figure of the report, taken from the library's own indicator and year-end code: <see cref="IndicatorReport"/> (grouping rate,
/// total weight, CMI, cost and time indices by hospital, department and DRG) and <see cref="HospitalYearResult"/> (DRG payment against the
/// fee-for-item total by hospital, department and DRG). The report only sums the DRG rows by MDC and picks and orders rows.
/// </summary>
internal sealed class ReportFigures
{
    private ReportFigures(ReportBuilder input)
    {
        Input = input;
    }

    public ReportBuilder Input { get; }

    /// <summary>The whole input's indicators (one row, key <c>-</c>).</summary>
    public IndicatorRow Overall { get; private set; } = null!;

    /// <summary>Each hospital's indicators.</summary>
    public ImmutableArray<IndicatorRow> Hospitals { get; private set; }

    /// <summary>Indicators by <c>hospital/department</c>.</summary>
    public IndicatorReport Departments { get; private set; } = null!;

    /// <summary>Indicators by DRG (<c>0000</c> for cases without a priced DRG).</summary>
    public IndicatorReport Drgs { get; private set; } = null!;

    /// <summary>The whole input's year-end result (null without payments).</summary>
    public HospitalYearResult? Year { get; private set; }

    /// <summary>Each hospital's year-end result (empty without payments).</summary>
    public ImmutableArray<HospitalYearResult> YearByHospital { get; private set; } = ImmutableArray<HospitalYearResult>.Empty;

    /// <summary>The DRG rows summed by MDC, most cases first.</summary>
    public ImmutableArray<MdcLine> Mdcs { get; private set; }

    /// <summary>The DRGs with the most cases (<c>0000</c> left out).</summary>
    public ImmutableArray<IndicatorRow> TopByVolume { get; private set; }

    /// <summary>The DRGs with the largest overspend (payment below cost), largest first; empty without payments.</summary>
    public ImmutableArray<HospitalYearLine> TopByLoss { get; private set; } = ImmutableArray<HospitalYearLine>.Empty;

    /// <summary>Department lines: indicators with the year-end line of the same <c>hospital/department</c>.</summary>
    public ImmutableArray<(IndicatorRow Indicators, HospitalYearLine? Year)> DepartmentLines { get; private set; }

    /// <summary>Indexes of the cases not grouped (ungroupable or ambiguous), in input order.</summary>
    public ImmutableArray<int> NotGrouped { get; private set; }

    /// <summary>The invalid cases with their reasons (those the input marks invalid without a reason included, with none).</summary>
    public ImmutableArray<InvalidCase> Invalid { get; private set; }

    /// <summary>Indexes of the high-cost outliers, the highest cost ÷ standard first.</summary>
    public ImmutableArray<int> HighOutliers { get; private set; } = ImmutableArray<int>.Empty;

    /// <summary>Indexes of the low-cost outliers, the lowest cost ÷ standard first.</summary>
    public ImmutableArray<int> LowOutliers { get; private set; } = ImmutableArray<int>.Empty;

    /// <summary>The number of high-cost outliers paid.</summary>
    public int HighOutlierCount { get; private set; }

    /// <summary>The number of low-cost outliers paid.</summary>
    public int LowOutlierCount { get; private set; }

    /// <summary>Whether the cases name more than one hospital.</summary>
    public bool SeveralHospitals => Hospitals.Length > 1;

    public static ReportFigures Compute(ReportBuilder input)
    {
        var cases = input.Cases;
        var parameters = input.Parameters;
        var figures = new ReportFigures(input);
        var hospitals = IndicatorReport.Compute(cases, parameters, IndicatorLevel.Hospital);
        figures.Hospitals = hospitals.Rows;
        figures.Overall = hospitals.Rows.Length == 1 ? hospitals.Rows[0] : IndicatorReport.Compute(new WholeYearView(cases), parameters, IndicatorLevel.Hospital).Rows.Single();
        figures.Departments = IndicatorReport.Compute(cases, parameters, IndicatorLevel.Department);
        figures.Drgs = IndicatorReport.Compute(cases, parameters, IndicatorLevel.Drg);
        if (input.Payments is { } payments)
        {
            figures.YearByHospital = HospitalYearResult.Compute(cases, payments, parameters.Policy);
            figures.Year = figures.YearByHospital.Length == 1 ? figures.YearByHospital[0] : HospitalYearResult.Compute(new WholeYearView(cases), payments, parameters.Policy).Single();
            figures.TopByLoss = figures.Year.ByDrg.Where(l => l.Balance < 0).OrderBy(l => l.Balance).ThenBy(l => l.Key, StringComparer.Ordinal).Take(input.TopCount).ToImmutableArray();
            (figures.HighOutliers, figures.HighOutlierCount) = Outliers(cases, payments, CostOutlierClass.High, input.ListLimit, descending: true);
            (figures.LowOutliers, figures.LowOutlierCount) = Outliers(cases, payments, CostOutlierClass.Low, input.ListLimit, descending: false);
        }

        figures.Mdcs = MdcLines(figures.Drgs, input.Scheme);
        figures.TopByVolume = figures.Drgs.Rows.Where(r => r.Key != DrgResult.UngroupableCode).OrderByDescending(r => r.Cases).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(input.TopCount).ToImmutableArray();
        var yearLines = new Dictionary<string, HospitalYearLine>(StringComparer.Ordinal);
        foreach (var hospital in figures.YearByHospital)
        {
            foreach (var line in hospital.ByDepartment) yearLines[hospital.Hospital + "/" + line.Key] = line;
        }

        figures.DepartmentLines = figures.Departments.Rows.Select(r => (r, yearLines.TryGetValue(r.Key, out var line) ? line : null))
            .OrderBy(l => l.Item2?.Balance ?? 0m).ThenByDescending(l => l.r.Cases).ThenBy(l => l.r.Key, StringComparer.Ordinal)
            .Select(l => (l.r, l.Item2)).ToImmutableArray();
        var notGrouped = ImmutableArray.CreateBuilder<int>();
        var invalidIds = new HashSet<string>(input.InvalidCases.Select(c => c.Id), StringComparer.Ordinal);
        var invalid = ImmutableArray.CreateBuilder<InvalidCase>();
        invalid.AddRange(input.InvalidCases);
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (c.GroupingStatus == DrgGroupingStatus.InvalidInput)
            {
                if (!invalidIds.Contains(c.Id ?? string.Empty)) invalid.Add(new InvalidCase(c.Id ?? string.Empty, 0, ImmutableArray<Issue>.Empty));
            }
            else if (!(c.GroupingStatus == DrgGroupingStatus.Grouped && c.HasDrg))
            {
                notGrouped.Add(i);
            }
        }

        figures.NotGrouped = notGrouped.ToImmutable();
        figures.Invalid = invalid.ToImmutable();
        return figures;
    }

    private static (ImmutableArray<int> First, int Count) Outliers(IReadOnlyList<PaymentCase> cases, IReadOnlyList<CasePayment> payments, CostOutlierClass kind, int limit, bool descending)
    {
        var found = new List<(int Index, decimal Ratio)>();
        for (var i = 0; i < payments.Count; i++)
        {
            var p = payments[i];
            if (p.Status != PaymentStatus.Paid || p.OutlierClass != kind || p.Standard == 0) continue;
            found.Add((i, cases[i].TotalCost / p.Standard));
        }

        var ordered = descending ? found.OrderByDescending(f => f.Ratio) : found.OrderBy(f => f.Ratio);
        return (ordered.ThenBy(f => f.Index).Select(f => f.Index).Take(limit).ToImmutableArray(), found.Count);
    }

    private static ImmutableArray<MdcLine> MdcLines(IndicatorReport drgs, DrgScheme scheme)
    {
        var lines = new Dictionary<string, MdcLine>(StringComparer.Ordinal);
        foreach (var row in drgs.Rows)
        {
            var mdc = row.Key == DrgResult.UngroupableCode ? MdcLine.NotGroupedCode
                : scheme.FindDrg(row.Key) is { } drg && scheme.FindAdrg(drg.Adrg) is { } adrg ? adrg.Mdc : MdcLine.UnknownCode;
            lines[mdc] = (lines.TryGetValue(mdc, out var line) ? line : new MdcLine(mdc, scheme.FindMdc(mdc)?.Name)).Add(row);
        }

        return lines.Values.OrderByDescending(l => l.Cases).ThenBy(l => l.Code, StringComparer.Ordinal).ToImmutableArray();
    }
}
