namespace MedPay.Rules.Drg;

/// <summary>Options of a <see cref="DrgGrouper"/>. Immutable; the defaults apply no version map, take the pack's unknown-code policy (failing loudly unless the pack says otherwise) and record no trace.</summary>
public sealed class DrgGroupingOptions
{
    /// <summary>The defaults.</summary>
    public static DrgGroupingOptions Default { get; } = new();

    /// <summary>Whether every result carries a <see cref="DrgTrace"/> (slower; allocates per case).</summary>
    public bool IncludeTrace { get; init; }

    /// <summary>
    /// Whether input codes go through the scheme's version maps (<c>diagnosis_map.csv</c>, <c>procedure_map.csv</c>) before look-up.
    /// Off by default; when on, every substitution is listed in the result's issues (<c>CODE_MAPPED</c>).
    /// </summary>
    public bool ApplyVersionMaps { get; init; }

    /// <summary>The policy for codes still unknown after normalisation and mapping; <see langword="null"/> for the pack's own (<see cref="DrgScheme.UnknownCodePolicy"/>).</summary>
    public Coding.UnknownCodePolicy? UnknownCodes { get; init; }
}
