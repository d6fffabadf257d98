using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>
/// The facts of one inpatient case that DRG grouping reads: sex, age in years and days, birth weight, length of stay,
/// discharge disposition, ICU hours, department, diagnoses (the first is the main diagnosis) and procedures (the first is
/// the main procedure). Codes are given as the HIS writes them; the grouper trims and folds them before look-up.
/// </summary>
public sealed class DrgCase
{
    private IReadOnlyList<string> _diagnoses = ImmutableArray<string>.Empty;
    private IReadOnlyList<string> _procedures = ImmutableArray<string>.Empty;

    /// <summary>The caller's identifier of the case (medical-record or settlement id); not read by grouping.</summary>
    public string? Id { get; init; }

    /// <summary>The patient's sex.</summary>
    public Sex Sex { get; init; }

    /// <summary>Age in whole years at admission.</summary>
    public int AgeYears { get; init; }

    /// <summary>Age in whole days at admission; schemes read it for newborns (≤ 28 days).</summary>
    public int AgeDays { get; init; }

    /// <summary>Newborn birth weight in grams (新生儿出生体重, settlement-list field <c>NWB_BIR_WT</c>), 0 when not given.</summary>
    public int BirthWeightGrams { get; init; }

    /// <summary>
    /// Newborn admission weight in grams (新生儿入院体重, settlement-list field <c>NWB_ADM_WT</c>), 0 when not given. The workbook rule
    /// language's <c>XSRTZ</c> reads it, and the birth weight when it is 0 (nhsa-drg-workbook.md).
    /// </summary>
    public int AdmissionWeightGrams { get; init; }

    /// <summary>Length of stay in days.</summary>
    public int LengthOfStayDays { get; init; }

    /// <summary>
    /// Discharge disposition (离院方式) as the settlement list codes it: 1 by order, 2 transfer by order, 3 to community by order,
    /// 4 against advice, 5 death, 9 other; 0 when not given.
    /// </summary>
    public int Discharge { get; init; }

    /// <summary>Hours spent in intensive care during the stay, 0 when not given.</summary>
    public double IcuHours { get; init; }

    /// <summary>The discharging department's code as the scheme names it (e.g. <c>ICU</c>), or <see langword="null"/>.</summary>
    public string? Department { get; init; }

    /// <summary>The diagnoses; the first is the main diagnosis (主要诊断).</summary>
    public IReadOnlyList<string> Diagnoses
    {
        get => _diagnoses;
        init => _diagnoses = value ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The procedures; the first is the main procedure (主要手术操作). Empty when none was done.</summary>
    public IReadOnlyList<string> Procedures
    {
        get => _procedures;
        init => _procedures = value ?? ImmutableArray<string>.Empty;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} {Sex} {AgeYears}y/{AgeDays}d los={LengthOfStayDays} dx=[{string.Join("|", Diagnoses)}] pr=[{string.Join("|", Procedures)}]";
}
