using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>
/// The facts of one inpatient case that DIP grouping, scoring and payment read: diagnoses (the first is the main diagnosis),
/// procedures, age, length of stay, discharge disposition, total cost, the insured person's own payment, fund and hospital.
/// Codes are given as the HIS writes them; the grouper folds them before look-up.
/// </summary>
public sealed class DipCase
{
    private IReadOnlyList<string> _diagnoses = ImmutableArray<string>.Empty;
    private IReadOnlyList<string> _procedures = ImmutableArray<string>.Empty;

    /// <summary>The caller's identifier of the case (settlement or medical-record id); not read by grouping.</summary>
    public string? Id { get; init; }

    /// <summary>The hospital (定点医疗机构) the case belongs to, for year-end settlement; not read by grouping.</summary>
    public string? HospitalId { get; init; }

    /// <summary>The hospital grade as the catalogue writes it (e.g. <c>3</c> for 三级); selects the grade coefficient and mean cost.</summary>
    public string? HospitalGrade { get; init; }

    /// <summary>The insurance fund the case is settled with.</summary>
    public DipFund Fund { get; init; }

    /// <summary>Age in whole years at admission, or <see langword="null"/> when not given (then derived from <see cref="AgeDays"/> ÷ 365).</summary>
    public int? AgeYears { get; init; }

    /// <summary>
    /// Age in whole days at admission (needed for newborns), or <see langword="null"/> when not given (then <see cref="AgeYears"/> × 365;
    /// 0 days with a positive <see cref="AgeYears"/> is read the same way). With neither given, no age condition of the auxiliary catalogue holds.
    /// </summary>
    public int? AgeDays { get; init; }

    /// <summary>Length of stay in days (住院天数).</summary>
    public int LengthOfStayDays { get; init; }

    /// <summary>Discharge disposition (离院方式) as the settlement list codes it: 1 by order … 5 death, 9 other; 0 when not given.</summary>
    public int Discharge { get; init; }

    /// <summary>The case's total inpatient cost in yuan (住院总费用), or <see langword="null"/> when not known yet (no deviation test).</summary>
    public decimal? TotalCost { get; init; }

    /// <summary>What the insured person paid themselves (个人负担), or <see langword="null"/>; the fund's share is the payment minus this.</summary>
    public decimal? PersonalPayment { get; init; }

    /// <summary>The diagnoses; the first is the main diagnosis (主要诊断).</summary>
    public IReadOnlyList<string> Diagnoses
    {
        get => _diagnoses;
        init => _diagnoses = value ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The procedures (手术操作), in any order; all of them are matched against the groups' combinations.</summary>
    public IReadOnlyList<string> Procedures
    {
        get => _procedures;
        init => _procedures = value ?? ImmutableArray<string>.Empty;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} dx=[{string.Join("|", Diagnoses)}] pr=[{string.Join("|", Procedures)}] cost={TotalCost}";
}
