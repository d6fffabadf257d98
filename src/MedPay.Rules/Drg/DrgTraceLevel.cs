namespace MedPay.Rules.Drg;

/// <summary>The level of a scheme row tried during grouping.</summary>
public enum DrgTraceLevel
{
    /// <summary>An MDC row of <c>mdc.csv</c>.</summary>
    Mdc = 0,

    /// <summary>An ADRG row of <c>adrg.csv</c>.</summary>
    Adrg = 1,

    /// <summary>A DRG row of <c>drg.csv</c>.</summary>
    Drg = 2,
}
