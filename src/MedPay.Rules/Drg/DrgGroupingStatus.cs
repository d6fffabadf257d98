namespace MedPay.Rules.Drg;

/// <summary>The outcome of grouping one case.</summary>
public enum DrgGroupingStatus
{
    /// <summary>The case has a DRG (入组).</summary>
    Grouped = 0,

    /// <summary>The case has a DRG of an ambiguous ADRG (歧义组, "QY"): the main diagnosis and the main operation do not belong together.</summary>
    Ambiguous = 1,

    /// <summary>No MDC/ADRG/DRG rule holds: the case is ungroupable (0000 组, 未入组).</summary>
    Ungroupable = 2,

    /// <summary>The input cannot be grouped as given (no main diagnosis, no sex, impossible ages, unknown codes under the reject policy); see the result's issues.</summary>
    InvalidInput = 3,
}
