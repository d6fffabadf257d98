using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>One field of the settlement-list upload layout: its node, interface code, type, length and accepted aliases.</summary>
public sealed class SettlementField
{
    /// <summary>Rows whose paths are kept once built (lists rarely have more diagnoses, procedures or charge rows).</summary>
    private const int CachedRows = 64;

    private string? _path;
    private string?[]? _rowPaths;

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
        if (code is null) throw new ArgumentNullException(nameof(code));
        if (nameZh is null) throw new ArgumentNullException(nameof(nameZh));
        if (nameEn is null) throw new ArgumentNullException(nameof(nameEn));
        Node = node;
        Index = index;
        Code = code;
        Kind = kind;
        MaxLength = maxLength;
        Origin = origin;
        NameZh = nameZh;
        NameEn = nameEn;
        Aliases = (aliases ?? Array.Empty<string>()).ToImmutableArray();
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

    /// <summary>The field's path in a list (see <see cref="SettlementLayout.Path"/>), built once per field and row so that
    /// reporting a finding allocates no string. Races only build the same text twice.</summary>
    /// <param name="row">The row within the node; ignored for <c>setlinfo</c>.</param>
    /// <returns>The path.</returns>
    internal string PathAt(int row)
    {
        if (Node == SettlementNode.Setlinfo || row < 0) return _path ??= SettlementLayout.NodeName(Node) + "." + JsonName;
        if (row >= CachedRows) return RowPath(row);
        var paths = _rowPaths ??= new string?[CachedRows];
        return paths[row] ??= RowPath(row);
    }

    private string RowPath(int row) =>
        SettlementLayout.NodeName(Node) + "[" + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]." + JsonName;
}
