using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>A medical-insurance fund settlement list (医疗保障基金结算清单) as one immutable value: the scalar
/// <c>setlinfo</c> part (basic information, outpatient chronic/special disease, inpatient and fee-summary items)
/// and the repeatable nodes (diagnoses, procedures, ICU stays, charge categories, fund payments, outpatient
/// chronic diagnoses, transfusions).</summary>
public sealed class SettlementList
{
    private readonly ImmutableArray<SettlementRecord>[] _rows;

    private SettlementList(SettlementRecord setlinfo, ImmutableArray<SettlementRecord>[] rows)
    {
        Setlinfo = setlinfo;
        _rows = rows;
    }

    /// <summary>A list with nothing filled.</summary>
    public static SettlementList Empty { get; } = new(SettlementRecord.Empty(SettlementNode.Setlinfo),
        Enumerable.Repeat(SettlementRecord.NoRows, SettlementLayout.Nodes.Length).ToArray());

    /// <summary>The scalar part (<c>setlinfo</c>).</summary>
    public SettlementRecord Setlinfo { get; }

    /// <summary>The diagnoses (<c>diseinfo</c>), in the order sent.</summary>
    public ImmutableArray<SettlementRecord> Diagnoses => _rows[(int)SettlementNode.Diseinfo];

    /// <summary>The procedures (<c>oprninfo</c>) with dates, operators and anaesthesia.</summary>
    public ImmutableArray<SettlementRecord> Procedures => _rows[(int)SettlementNode.Oprninfo];

    /// <summary>The ICU stays (<c>icuinfo</c>).</summary>
    public ImmutableArray<SettlementRecord> IcuStays => _rows[(int)SettlementNode.Icuinfo];

    /// <summary>The charge categories (<c>iteminfo</c>).</summary>
    public ImmutableArray<SettlementRecord> FeeItems => _rows[(int)SettlementNode.Iteminfo];

    /// <summary>The fund payments (<c>payinfo</c>).</summary>
    public ImmutableArray<SettlementRecord> Payments => _rows[(int)SettlementNode.Payinfo];

    /// <summary>The outpatient chronic/special-disease diagnoses (<c>opspdiseinfo</c>).</summary>
    public ImmutableArray<SettlementRecord> OutpatientDiagnoses => _rows[(int)SettlementNode.Opspdiseinfo];

    /// <summary>The transfusions (<c>bldinfo</c>, 4101A).</summary>
    public ImmutableArray<SettlementRecord> Transfusions => _rows[(int)SettlementNode.Bldinfo];

    /// <summary>The text of a <c>setlinfo</c> field.</summary>
    /// <param name="field">A <see cref="SetlinfoFields"/> field.</param>
    public string? this[SettlementField field] => Setlinfo[field];

    /// <summary>The rows of a repeatable node (empty for <c>setlinfo</c>).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The node is not one of <see cref="SettlementLayout.Nodes"/>.</exception>
    public ImmutableArray<SettlementRecord> Rows(SettlementNode node) => _rows[Index(node)];

    private int Index(SettlementNode node) =>
        (int)node >= 0 && (int)node < _rows.Length ? (int)node : throw new ArgumentOutOfRangeException(nameof(node), node, "not a node of the settlement list / 不是结算清单的节点");

    /// <summary>A copy with one <c>setlinfo</c> field replaced.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The text; <see langword="null"/> removes it.</param>
    /// <returns>The new list.</returns>
    public SettlementList With(SettlementField field, string? value) => new(Setlinfo.With(field, value), _rows);

    /// <summary>A copy with a new <c>setlinfo</c> part.</summary>
    /// <param name="setlinfo">The scalar part; must be a <c>setlinfo</c> row.</param>
    /// <returns>The new list.</returns>
    public SettlementList WithSetlinfo(SettlementRecord setlinfo)
    {
        if (setlinfo is null || setlinfo.Node != SettlementNode.Setlinfo) throw new ArgumentException("a setlinfo row is required", nameof(setlinfo));
        return new SettlementList(setlinfo, _rows);
    }

    /// <summary>A copy with the rows of a node replaced.</summary>
    /// <param name="node">The node (not <c>setlinfo</c>).</param>
    /// <param name="rows">The rows; each must belong to the node.</param>
    /// <returns>The new list.</returns>
    public SettlementList WithRows(SettlementNode node, IEnumerable<SettlementRecord> rows)
    {
        if (node == SettlementNode.Setlinfo) throw new ArgumentException("setlinfo is not a repeatable node", nameof(node));
        Index(node);
        var array = (rows ?? Enumerable.Empty<SettlementRecord>()).ToImmutableArray();
        if (array.Any(r => r is null || r.Node != node)) throw new ArgumentException("every row must belong to node " + SettlementLayout.NodeName(node), nameof(rows));
        var copy = (ImmutableArray<SettlementRecord>[])_rows.Clone();
        copy[(int)node] = array;
        return new SettlementList(Setlinfo, copy);
    }

    /// <summary>A copy with one row added at the end of its node.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The new list.</returns>
    public SettlementList AddRow(SettlementRecord row) => WithRows((row ?? throw new ArgumentNullException(nameof(row))).Node, Rows(row.Node).Add(row));

    /// <summary>A copy with one field of one row replaced.</summary>
    /// <param name="field">The field (of a repeatable node).</param>
    /// <param name="row">The row index.</param>
    /// <param name="value">The text.</param>
    /// <returns>The new list.</returns>
    public SettlementList WithRowValue(SettlementField field, int row, string? value) =>
        WithRows(field.Node, Rows(field.Node).SetItem(row, Rows(field.Node)[row].With(field, value)));

    /// <summary>Whether two lists hold the same texts in every node.</summary>
    /// <param name="other">The other list.</param>
    /// <returns><see langword="true"/> when equal field by field.</returns>
    public bool SameAs(SettlementList? other)
    {
        if (other is null || !Setlinfo.SameAs(other.Setlinfo)) return false;
        for (var n = 1; n < _rows.Length; n++)
        {
            if (_rows[n].Length != other._rows[n].Length) return false;
            for (var i = 0; i < _rows[n].Length; i++)
            {
                if (!_rows[n][i].SameAs(other._rows[n][i])) return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"settlement list {this[SetlinfoFields.SetlId] ?? this[SetlinfoFields.MdtrtId] ?? "(no id)"}: {Diagnoses.Length} diagnoses, {Procedures.Length} procedures";
}
