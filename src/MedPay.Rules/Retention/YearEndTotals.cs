using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// The input of a hospital's year-end retention computation: the hospital's DRG/DIP payment total and fee-for-item total, optionally broken
/// down by department and by group, and its quality grade or score. Independent of how the totals were produced.
/// </summary>
public sealed class YearEndTotals
{
    /// <summary>Creates the input.</summary>
    /// <param name="hospital">The hospital's totals.</param>
    public YearEndTotals(YearEndLine hospital)
    {
        Hospital = hospital ?? throw new ArgumentNullException(nameof(hospital));
    }

    /// <summary>The hospital's totals.</summary>
    public YearEndLine Hospital { get; }

    /// <summary>
    /// The retention input from a hospital's DRG year-end payment result (<see cref="Payment.HospitalYearResult"/>): the DRG
    /// payment total against the fee-for-item total, for the hospital and for each department and each DRG.
    /// </summary>
    /// <param name="result">The payment side's year-end result.</param>
    /// <param name="qualityGrade">The hospital's quality grade, when the policy's tiers use one.</param>
    /// <returns>The input of <see cref="HospitalYearEnd"/>.</returns>
    public static YearEndTotals FromPayment(Payment.HospitalYearResult result, string? qualityGrade = null)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        static YearEndLine Line(Payment.HospitalYearLine line) => new(line.Key, line.Key, line.DrgPaymentTotal, line.FeeForItemTotal);
        return new YearEndTotals(new YearEndLine(result.Hospital, result.Hospital, result.DrgPaymentTotal, result.FeeForItemTotal))
        {
            QualityGrade = qualityGrade,
            Departments = result.ByDepartment.Select(Line).ToImmutableArray(),
            Groups = result.ByDrg.Select(Line).ToImmutableArray(),
        };
    }

    /// <summary>The quality grade's code, if assigned; takes precedence over <see cref="QualityScore"/>.</summary>
    public string? QualityGrade { get; init; }

    /// <summary>The quality score, turned into a grade by the policy's minimum scores when no grade is given.</summary>
    public decimal? QualityScore { get; init; }

    /// <summary>Indicator values checked against the policy's <c>retention</c> targets.</summary>
    public ImmutableDictionary<string, decimal> Indicators { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Lines by department (each settled as if alone, plus the department's internal shares).</summary>
    public ImmutableArray<YearEndLine> Departments { get; init; } = ImmutableArray<YearEndLine>.Empty;

    /// <summary>Lines by DRG/DIP group (each settled as if alone).</summary>
    public ImmutableArray<YearEndLine> Groups { get; init; } = ImmutableArray<YearEndLine>.Empty;
}
