namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// A compiled condition of the scheme language: a small immutable tree of nodes, parsed once at load.
/// <see cref="Evaluate"/> is the hot path; <see cref="EvaluateTraced"/> also reports the atom that decided the outcome.
/// </summary>
internal abstract class Condition
{
    private readonly ConditionText _span;
    private string? _text;

    protected Condition(ConditionText text) => _span = text;

    /// <summary>The source text of the node, copied out of the condition on first read.</summary>
    public string Text => _text ??= _span.ToString();

    /// <summary>Whether the node has no atoms that read the case (the literal <c>true</c>).</summary>
    public virtual bool IsAlwaysTrue => false;

    public abstract bool Evaluate(ref CaseFacts facts);

    /// <summary>Evaluates and names the atom whose value decided the outcome (short-circuit order).</summary>
    public virtual bool EvaluateTraced(ref CaseFacts facts, out Condition decidingAtom)
    {
        decidingAtom = this;
        return Evaluate(ref facts);
    }

    /// <summary>Visits the node and its children.</summary>
    public virtual IEnumerable<Condition> Descendants()
    {
        yield return this;
    }

    public override string ToString() => Text;
}

internal sealed class ConstantCondition : Condition
{
    private readonly bool _value;

    public ConstantCondition(bool value, ConditionText text)
        : base(text) => _value = value;

    public override bool IsAlwaysTrue => _value;

    public override bool Evaluate(ref CaseFacts facts) => _value;
}

internal sealed class NotCondition : Condition
{
    private readonly Condition _operand;

    public NotCondition(Condition operand, ConditionText text)
        : base(text) => _operand = operand;

    public Condition Operand => _operand;

    public override bool Evaluate(ref CaseFacts facts) => !_operand.Evaluate(ref facts);

    public override bool EvaluateTraced(ref CaseFacts facts, out Condition decidingAtom) => !_operand.EvaluateTraced(ref facts, out decidingAtom);

    public override IEnumerable<Condition> Descendants() => new[] { this }.Concat(_operand.Descendants());
}

internal sealed class AndCondition : Condition
{
    private readonly Condition[] _operands;

    public AndCondition(Condition[] operands, ConditionText text)
        : base(text) => _operands = operands;

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<Condition> Operands => _operands;

    public override bool Evaluate(ref CaseFacts facts)
    {
        foreach (var operand in _operands)
        {
            if (!operand.Evaluate(ref facts)) return false;
        }

        return true;
    }

    public override bool EvaluateTraced(ref CaseFacts facts, out Condition decidingAtom)
    {
        decidingAtom = this;
        foreach (var operand in _operands)
        {
            if (!operand.EvaluateTraced(ref facts, out decidingAtom)) return false;
        }

        return true;
    }

    public override IEnumerable<Condition> Descendants() => new Condition[] { this }.Concat(_operands.SelectMany(o => o.Descendants()));
}

internal sealed class OrCondition : Condition
{
    private readonly Condition[] _operands;

    public OrCondition(Condition[] operands, ConditionText text)
        : base(text) => _operands = operands;

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<Condition> Operands => _operands;

    public override bool Evaluate(ref CaseFacts facts)
    {
        foreach (var operand in _operands)
        {
            if (operand.Evaluate(ref facts)) return true;
        }

        return false;
    }

    public override bool EvaluateTraced(ref CaseFacts facts, out Condition decidingAtom)
    {
        decidingAtom = this;
        foreach (var operand in _operands)
        {
            if (operand.EvaluateTraced(ref facts, out decidingAtom)) return true;
        }

        return false;
    }

    public override IEnumerable<Condition> Descendants() => new Condition[] { this }.Concat(_operands.SelectMany(o => o.Descendants()));
}

/// <summary><c>list in TABLE</c> and <c>list in {"code", …}</c>: some element of the list is in the table.</summary>
internal sealed class InTableCondition : Condition
{
    private readonly ulong[] _bits; // the table's bit set, held here so that evaluation reads one object fewer

    public InTableCondition(CaseList list, CodeTable table, ConditionText text)
        : base(text)
    {
        List = list;
        Table = table;
        _bits = table.Bits;
    }

    public CaseList List { get; }

    public CodeTable Table { get; }

    public override bool Evaluate(ref CaseFacts facts) => CodeTable.ContainsAny(_bits, facts.List(List));
}

/// <summary><c>count_tags(list, TABLE) CMP NUMBER</c>.</summary>
internal sealed class CountTagsCondition : Condition
{
    private readonly CaseList _list;
    private readonly CodeTable _table;
    private readonly Comparison _comparison;
    private readonly double _number;

    public CountTagsCondition(CaseList list, CodeTable table, Comparison comparison, double number, ConditionText text)
        : base(text)
    {
        _list = list;
        _table = table;
        _comparison = comparison;
        _number = number;
    }

    public CodeTable Table => _table;

    public CaseList List => _list;

    public Comparison Comparison => _comparison;

    public double Number => _number;

    public override bool Evaluate(ref CaseFacts facts) => _comparison.Compare(_table.CountTags(facts.List(_list)), _number);
}

/// <summary><c>has_mcc</c>, <c>has_cc</c>, or either (the workbook's <c>QTZD in {MCC, CC}</c>).</summary>
internal sealed class ComplicationCondition : Condition
{
    public ComplicationCondition(ComplicationLevels levels, ConditionText text)
        : base(text) => Levels = levels;

    public ComplicationLevels Levels { get; }

    public override bool Evaluate(ref CaseFacts facts) =>
        ((Levels & ComplicationLevels.Mcc) != 0 && facts.HasMcc) || ((Levels & ComplicationLevels.Cc) != 0 && facts.HasCc);
}

/// <summary><c>FIELD CMP NUMBER</c>.</summary>
internal sealed class FieldCondition : Condition
{
    private readonly CaseField _field;
    private readonly Comparison _comparison;
    private readonly double _number;

    public FieldCondition(CaseField field, Comparison comparison, double number, ConditionText text)
        : base(text)
    {
        _field = field;
        _comparison = comparison;
        _number = number;
    }

    public CaseField Field => _field;

    public Comparison Comparison => _comparison;

    public double Number => _number;

    public override bool Evaluate(ref CaseFacts facts) => _comparison.Compare(facts.Field(_field), _number);
}

/// <summary><c>sex == M</c> or <c>sex != F</c>.</summary>
internal sealed class SexCondition : Condition
{
    private readonly Sex _sex;
    private readonly bool _equal;

    public SexCondition(Sex sex, bool equal, ConditionText text)
        : base(text)
    {
        _sex = sex;
        _equal = equal;
    }

    public Sex Sex => _sex;

    public bool IsEqual => _equal;

    public override bool Evaluate(ref CaseFacts facts) => (facts.Sex == _sex) == _equal;
}

/// <summary><c>discharge in {1, 5}</c>.</summary>
internal sealed class DischargeCondition : Condition
{
    private readonly int[] _values;

    public DischargeCondition(int[] values, ConditionText text)
        : base(text) => _values = values;

    public IReadOnlyList<int> Values => _values;

    public override bool Evaluate(ref CaseFacts facts) => Array.IndexOf(_values, facts.Discharge) >= 0;
}

/// <summary><c>dept in {"ICU", …}</c>.</summary>
internal sealed class DepartmentCondition : Condition
{
    private readonly string[] _values;

    public DepartmentCondition(string[] values, ConditionText text)
        : base(text) => _values = values;

    public IReadOnlyList<string> Values => _values;

    public override bool Evaluate(ref CaseFacts facts)
    {
        var department = facts.Department;
        if (department.Length == 0) return false;
        foreach (var value in _values)
        {
            if (string.Equals(value, department, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
