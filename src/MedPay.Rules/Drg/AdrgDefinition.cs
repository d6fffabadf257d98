using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>An ADRG (核心疾病诊断相关组) of a scheme: its code, name, kind, entry rules and DRGs.</summary>
public sealed class AdrgDefinition
{
    internal AdrgDefinition(string code, string name, AdrgKind kind, string mdc)
    {
        Code = code;
        Name = name;
        Kind = kind;
        Mdc = mdc;
    }

    /// <summary>The ADRG code, e.g. <c>HC2</c>.</summary>
    public string Code { get; }

    /// <summary>The name, e.g. <c>胆囊切除手术</c>.</summary>
    public string Name { get; }

    /// <summary>The kind (surgical, procedure, medical, ambiguous).</summary>
    public AdrgKind Kind { get; }

    /// <summary>The MDC of the ADRG's first row.</summary>
    public string Mdc { get; }

    /// <summary>The entry rules of the ADRG (one or more rows of <c>adrg.csv</c>).</summary>
    public ImmutableArray<AdrgRule> Rules { get; internal set; } = ImmutableArray<AdrgRule>.Empty;

    /// <summary>The DRGs of the ADRG in <c>seq</c> order.</summary>
    public ImmutableArray<DrgDefinition> Drgs { get; internal set; } = ImmutableArray<DrgDefinition>.Empty;

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}
