namespace MedPay.Rules.Drg;

/// <summary>Options of a <see cref="DrgGrouper"/>. Immutable; the defaults fail loudly on unknown codes and record no trace.</summary>
public sealed class DrgGroupingOptions
{
    /// <summary>The defaults.</summary>
    public static DrgGroupingOptions Default { get; } = new();

    /// <summary>Whether every result carries a <see cref="DrgTrace"/> (slower; allocates per case).</summary>
    public bool IncludeTrace { get; init; }
}
