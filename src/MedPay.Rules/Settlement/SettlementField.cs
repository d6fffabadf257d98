using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>One field of the settlement-list upload layout: its node, interface code, type, length and accepted aliases.</summary>
public sealed class SettlementField
{
    /// <summary>Creates a field definition.</summary>
    /// <param name="node">The node the field belongs to.</param>
    /// <param name="index">The field's position within its node.</param>
    /// <param name="code">The interface field code in upper case, e.g. <c>ADM_TIME</c>.</param>
    /// <param name="kind">The value type.</param>
    /// <param name="maxLength">The interface length (characters, or integer digits for decimals); 0 when not published.</param>
    /// <param name="origin">Where the field is defined.</param>
    /// <param name="nameZh">The Chinese name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="aliases">Other names vendors and regions use for the field.</param>
    public SettlementField(SettlementNode node, int index, string code, SettlementFieldKind kind, int maxLength, SettlementFieldOrigin origin, string nameZh, string nameEn, params string[] aliases)
    {
        Node = node;
        Index = index;
        Code = code;
        Kind = kind;
        MaxLength = maxLength;
        Origin = origin;
        NameZh = nameZh;
        NameEn = nameEn;
        Aliases = aliases.ToImmutableArray();
        JsonName = code.ToLowerInvariant();
    }

    /// <summary>The node the field belongs to.</summary>
    public SettlementNode Node { get; }

    /// <summary>The field's position within its node.</summary>
    public int Index { get; }

    /// <summary>The interface field code in upper case.</summary>
    public string Code { get; }

    /// <summary>The JSON key in the upload layout (the code in lower case).</summary>
    public string JsonName { get; }

    /// <summary>The value type.</summary>
    public SettlementFieldKind Kind { get; }

    /// <summary>The interface length; 0 when not published.</summary>
    public int MaxLength { get; }

    /// <summary>Where the field is defined.</summary>
    public SettlementFieldOrigin Origin { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>Other names vendors and regions use for the field (read, never written).</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <inheritdoc />
    public override string ToString() => SettlementLayout.NodeName(Node) + "." + JsonName;
}
