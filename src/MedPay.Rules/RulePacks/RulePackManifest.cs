using System.Collections.Immutable;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// The manifest of a rule pack (<c>scheme.json</c> or <c>pack.json</c>): id, name, version, format, source and notes,
/// plus any further scalar settings the pack carries (for example a default unknown-code policy).
/// </summary>
public sealed class RulePackManifest
{
    /// <summary>Creates a manifest.</summary>
    /// <param name="id">The pack id, e.g. <c>chs-drg-1.1</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="version">The pack's own version.</param>
    /// <param name="format">The layout and its version, e.g. <c>drg-scheme-tables/1</c>.</param>
    /// <param name="source">Where the tables come from.</param>
    /// <param name="notes">Free notes, e.g. that the pack is an excerpt.</param>
    /// <param name="properties">Further scalar settings by name.</param>
    public RulePackManifest(string id, string name, string version, string format, string source, string notes, ImmutableDictionary<string, string>? properties = null)
    {
        Id = id;
        Name = name;
        Version = version;
        Format = format;
        Source = source;
        Notes = notes;
        Properties = properties ?? ImmutableDictionary<string, string>.Empty;
    }

    /// <summary>The pack id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The pack's own version.</summary>
    public string Version { get; }

    /// <summary>The layout and its version, e.g. <c>drg-scheme-tables/1</c>; empty when the manifest does not say.</summary>
    public string Format { get; }

    /// <summary>Where the tables come from (provenance).</summary>
    public string Source { get; }

    /// <summary>Free notes.</summary>
    public string Notes { get; }

    /// <summary>Further scalar settings of the manifest, by property name, as text.</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>A further setting by name, or <see langword="null"/>.</summary>
    /// <param name="name">The property name.</param>
    public string? GetProperty(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}
