using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>The national settlement-list upload layout: node names, their fields and lookup by code or alias.</summary>
public static class SettlementLayout
{
    private static readonly string[] NodeNames = { "setlinfo", "diseinfo", "oprninfo", "icuinfo", "iteminfo", "payinfo", "opspdiseinfo", "bldinfo" };

    private static readonly ImmutableArray<SettlementField>[] FieldsByNode =
    {
        SetlinfoFields.All, DiseinfoFields.All, OprninfoFields.All, IcuinfoFields.All,
        IteminfoFields.All, PayinfoFields.All, OpspdiseinfoFields.All, BldinfoFields.All,
    };

    private static readonly Dictionary<string, SettlementField>[] ByName = FieldsByNode.Select(BuildLookup).ToArray();

    private static readonly Dictionary<string, SettlementNode> NodeByName =
        Enumerable.Range(0, NodeNames.Length).ToDictionary(i => NodeNames[i], i => (SettlementNode)i, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every node, in upload order.</summary>
    public static ImmutableArray<SettlementNode> Nodes { get; } = ImmutableArray.Create(
        SettlementNode.Setlinfo, SettlementNode.Diseinfo, SettlementNode.Oprninfo, SettlementNode.Icuinfo,
        SettlementNode.Iteminfo, SettlementNode.Payinfo, SettlementNode.Opspdiseinfo, SettlementNode.Bldinfo);

    /// <summary>The node's JSON name, e.g. <c>diseinfo</c>.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The lower-case node name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The node is not one of <see cref="Nodes"/>.</exception>
    public static string NodeName(SettlementNode node) => NodeNames[Check(node)];

    /// <summary>The node's position, or <see cref="ArgumentOutOfRangeException"/> for a value that is not a node.</summary>
    internal static int Check(SettlementNode node) =>
        (int)node >= 0 && (int)node < NodeNames.Length ? (int)node : throw new ArgumentOutOfRangeException(nameof(node), node, "not a node of the settlement list / 不是结算清单的节点");

    /// <summary>Finds a node by its JSON name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="node">The node found.</param>
    /// <returns>Whether the name is a node.</returns>
    public static bool TryFindNode(string name, out SettlementNode node) => NodeByName.TryGetValue(name, out node);

    /// <summary>The fields of a node, in interface order.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The fields; each one's <see cref="SettlementField.Index"/> is its position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The node is not one of <see cref="Nodes"/>.</exception>
    public static ImmutableArray<SettlementField> Fields(SettlementNode node) => FieldsByNode[Check(node)];

    /// <summary>Finds a field of a node by code or alias, ignoring case.</summary>
    /// <param name="node">The node.</param>
    /// <param name="name">The code or alias.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public static SettlementField? Find(SettlementNode node, string name) =>
        name is not null && ByName[(int)node].TryGetValue(name, out var field) ? field : null;

    /// <summary>Finds a field from a qualified name: <c>node.field</c>, or a bare code looked up in <c>setlinfo</c>.</summary>
    /// <param name="qualified">The name, e.g. <c>oprninfo.oper_dr_code</c> or <c>BILL_NO</c>.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public static SettlementField? FindQualified(string qualified)
    {
        if (string.IsNullOrWhiteSpace(qualified)) return null;
        var dot = qualified.IndexOf('.');
        if (dot < 0) return Find(SettlementNode.Setlinfo, qualified.Trim());
        return TryFindNode(qualified.Substring(0, dot).Trim(), out var node) ? Find(node, qualified.Substring(dot + 1).Trim()) : null;
    }

    /// <summary>The path of a field in a list, e.g. <c>setlinfo.adm_time</c> or <c>diseinfo[2].diag_code</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="row">The row within the node; ignored for <c>setlinfo</c>.</param>
    /// <returns>The path.</returns>
    public static string Path(SettlementField field, int row = -1) => (field ?? throw new ArgumentNullException(nameof(field))).PathAt(row);

    private static Dictionary<string, SettlementField> BuildLookup(ImmutableArray<SettlementField> fields)
    {
        var lookup = new Dictionary<string, SettlementField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields) lookup[field.Code] = field;
        foreach (var field in fields)
        {
            foreach (var alias in field.Aliases)
            {
                if (!lookup.ContainsKey(alias)) lookup[alias] = field;
            }
        }

        return lookup;
    }
}
