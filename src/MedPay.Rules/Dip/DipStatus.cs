namespace MedPay.Rules.Dip;

/// <summary>The outcome of grouping one case.</summary>
public enum DipStatus
{
    /// <summary>The case entered a group (入组).</summary>
    Grouped = 0,

    /// <summary>No group of the catalogue takes the case (未入组): no core, basic or comprehensive group matches.</summary>
    NoGroup = 1,

    /// <summary>The main diagnosis is missing or not a diagnosis code (主要诊断缺失或无效).</summary>
    InvalidMainDiagnosis = 2,

    /// <summary>A procedure is not in the procedure-type dictionary and the pack's policy rejects such cases.</summary>
    UnknownProcedure = 3,
}
