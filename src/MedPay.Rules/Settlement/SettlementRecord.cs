using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>One immutable row of a settlement-list node: the text of each field as sent (trimmed), with numbers,
/// dates and durations read once when the row is built.</summary>
public sealed class SettlementRecord
{
    private readonly string?[] _values;
    private readonly SettlementValueState[] _states;
    private readonly decimal[] _numbers;
    private readonly DateTime[] _times;

    private SettlementRecord(SettlementNode node, string?[] values)
    {
        Node = node;
        _values = values;
        var fields = SettlementLayout.Fields(node);
        _states = new SettlementValueState[fields.Length];
        _numbers = new decimal[fields.Length];
        _times = new DateTime[fields.Length];
        for (var i = 0; i < fields.Length; i++) Read(fields[i], values[i]);
    }

    /// <summary>Whether any decimal field of the row holds a negative number (read once, for the fee rules).</summary>
    public bool HasNegativeAmount { get; private set; }

    /// <summary>The node the row belongs to.</summary>
    public SettlementNode Node { get; }

    /// <summary>The text of a field as sent (trimmed), or <see langword="null"/> when not sent or blank.</summary>
    /// <param name="field">The field; must belong to this row's node.</param>
    public string? this[SettlementField field] => Owns(field) ? _values[field.Index] : null;

    /// <summary>An empty row of a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>A row with no field filled.</returns>
    public static SettlementRecord Empty(SettlementNode node) => new(node, new string?[SettlementLayout.Fields(node).Length]);

    /// <summary>Builds a row from field values.</summary>
    /// <param name="node">The node.</param>
    /// <param name="values">Pairs of field and text; fields of other nodes are ignored.</param>
    /// <returns>The row.</returns>
    public static SettlementRecord Create(SettlementNode node, IEnumerable<KeyValuePair<SettlementField, string?>> values)
    {
        var array = new string?[SettlementLayout.Fields(node).Length];
        foreach (var pair in values ?? Enumerable.Empty<KeyValuePair<SettlementField, string?>>())
        {
            if (pair.Key is not null && pair.Key.Node == node) array[pair.Key.Index] = Clean(pair.Value);
        }

        return new SettlementRecord(node, array);
    }

    /// <summary>Builds a row from field codes (or aliases) and texts, e.g. <c>("DIAG_CODE", "I21.0")</c>; unknown codes are ignored.</summary>
    /// <param name="node">The node.</param>
    /// <param name="values">Pairs of code and text.</param>
    /// <returns>The row.</returns>
    public static SettlementRecord Of(SettlementNode node, params (string Code, string? Value)[] values) =>
        Create(node, (values ?? Array.Empty<(string, string?)>())
            .Select(v => new KeyValuePair<SettlementField, string?>(SettlementLayout.Find(node, v.Code)!, v.Value))
            .Where(p => p.Key is not null));

    /// <summary>A copy with one field replaced.</summary>
    /// <param name="field">The field; must belong to this row's node.</param>
    /// <param name="value">The new text; <see langword="null"/> removes the value.</param>
    /// <returns>The new row.</returns>
    public SettlementRecord With(SettlementField field, string? value)
    {
        if (!Owns(field)) throw new ArgumentException($"field {field} does not belong to node {SettlementLayout.NodeName(Node)}", nameof(field));
        var copy = (string?[])_values.Clone();
        copy[field.Index] = Clean(value);
        return new SettlementRecord(Node, copy);
    }

    /// <summary>How the field's value reads against its type.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Empty, valid or invalid.</returns>
    public SettlementValueState State(SettlementField field) => Owns(field) ? _states[field.Index] : SettlementValueState.Empty;

    /// <summary>Whether the field is empty (not sent, blank or the <c>-</c> placeholder).</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> when empty.</returns>
    public bool IsEmpty(SettlementField field) => State(field) == SettlementValueState.Empty;

    /// <summary>The number of a decimal, integer or duration field (durations in minutes).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the field holds a valid number.</returns>
    public bool TryGetNumber(SettlementField field, out decimal value)
    {
        value = 0m;
        if (State(field) != SettlementValueState.Valid) return false;
        value = _numbers[field.Index];
        return field.Kind is SettlementFieldKind.Decimal or SettlementFieldKind.Integer or SettlementFieldKind.Duration;
    }

    /// <summary>The value of a date or date-time field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The date-time (midnight for a date).</param>
    /// <returns>Whether the field holds a valid date.</returns>
    public bool TryGetTime(SettlementField field, out DateTime value)
    {
        value = default;
        if (State(field) != SettlementValueState.Valid || field.Kind is not (SettlementFieldKind.Date or SettlementFieldKind.DateTime)) return false;
        value = _times[field.Index];
        return true;
    }

    /// <summary>The filled fields with their texts, in interface order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<KeyValuePair<SettlementField, string>> Filled()
    {
        var fields = SettlementLayout.Fields(Node);
        for (var i = 0; i < fields.Length; i++)
        {
            if (_values[i] is { } text) yield return new KeyValuePair<SettlementField, string>(fields[i], text);
        }
    }

    /// <summary>Whether two rows hold the same texts.</summary>
    /// <param name="other">The other row.</param>
    /// <returns><see langword="true"/> when node and every text are equal.</returns>
    public bool SameAs(SettlementRecord? other)
    {
        if (other is null || other.Node != Node) return false;
        for (var i = 0; i < _values.Length; i++)
        {
            if (!string.Equals(_values[i], other._values[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        SettlementLayout.NodeName(Node) + "{" + string.Join(", ", Filled().Select(p => p.Key.JsonName + "=" + p.Value)) + "}";

    internal static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    internal static ImmutableArray<SettlementRecord> NoRows => ImmutableArray<SettlementRecord>.Empty;

    /// <summary>The text at a field position of this row's node, without the ownership check (hot loops over the node's own fields).</summary>
    internal string? ValueAt(int index) => _values[index];

    /// <summary>The value state at a field position of this row's node, without the ownership check.</summary>
    internal SettlementValueState StateAt(int index) => _states[index];

    /// <summary><see cref="TryGetNumber"/> at a field position of this row's node, for callers that know the field is this
    /// node's and numeric (the fee rules' amount columns).</summary>
    internal bool TryGetNumberAt(int index, out decimal value)
    {
        if (_states[index] != SettlementValueState.Valid)
        {
            value = 0m;
            return false;
        }

        value = _numbers[index];
        return true;
    }

    private bool Owns(SettlementField field) => field is not null && field.Node == Node;

    private void Read(SettlementField field, string? text)
    {
        var i = field.Index;
        if (text is null || text == "-" || text == "—")
        {
            _states[i] = SettlementValueState.Empty;
            return;
        }

        var ok = true;
        switch (field.Kind)
        {
            case SettlementFieldKind.Date:
            case SettlementFieldKind.DateTime:
                ok = SettlementValues.TryParseDateTime(text, out _times[i]);
                break;
            case SettlementFieldKind.Decimal:
                ok = SettlementValues.TryParseDecimal(text, out _numbers[i]);
                if (ok && _numbers[i] < 0m) HasNegativeAmount = true;
                break;
            case SettlementFieldKind.Integer:
                ok = SettlementValues.TryParseDecimal(text, out _numbers[i]) && decimal.Truncate(_numbers[i]) == _numbers[i];
                break;
            case SettlementFieldKind.Duration:
                ok = SettlementValues.TryParseDuration(text, out var minutes, out _);
                _numbers[i] = minutes;
                break;
            case SettlementFieldKind.NumberList:
                foreach (var part in text.Split(','))
                {
                    ok &= SettlementValues.TryParseDecimal(part, out _);
                }

                break;
        }

        _states[i] = ok ? SettlementValueState.Valid : SettlementValueState.Invalid;
    }
}
