using System.Globalization;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The rule language of the official NHSA configuration workbook (nhsa-drg-workbook.md), compiled straight into the condition
/// tree the folder layout's language compiles into — no translation to text. Precedence <c>and</c> &gt; <c>or</c>; keywords
/// (<c>and</c>, <c>or</c>, <c>in</c>, <c>not</c>) in any case; subject, field and set names case sensitive; an empty rule holds.
/// <list type="bullet">
/// <item><c>ZYZD</c>, <c>QTZD</c>, <c>ZYSS</c>, <c>QTSS</c> read the main diagnosis, the other diagnoses, the main procedure and the
/// other procedures; <c>{ZYZD, QTZD}</c> any diagnosis, <c>{ZYSS, QTSS}</c> any procedure.</item>
/// <item>A target is a set of the <c>集合</c> sheet, <c>MCC</c>, <c>CC</c>, or a union <c>{…}</c> of them; a union of sets compiles to one bit set.</item>
/// <item><c>MCC</c> / <c>CC</c> are targets of <c>QTZD</c> only (the CC sheet with its exclusion tables: <c>has_mcc</c> / <c>has_cc</c>).</item>
/// <item><c>NL</c> age in years, <c>XSRTL</c> age in days, <c>XSRTZ</c> newborn admission weight (else birth weight), <c>ZYTS</c> length of stay,
/// <c>ZZJHSC</c> intensive-care hours; <c>XB = 1|2</c> sex (1 male, 2 female).</item>
/// </list>
/// Text is expected cleaned (white space of any kind, <c>_x000D_</c> and line breaks already turned into spaces).
/// </summary>
internal sealed class WorkbookRuleParser
{
    /// <summary>The workbook rule language as a front end of the condition tree.</summary>
    public static IConditionLanguage Language { get; } = new WorkbookLanguage();

    private static readonly Dictionary<string, CaseField> Fields = new(StringComparer.Ordinal)
    {
        ["NL"] = CaseField.AgeYears,
        ["XSRTL"] = CaseField.AgeDays,
        ["XSRTZ"] = CaseField.NewbornWeightGrams,
        ["ZYTS"] = CaseField.LengthOfStayDays,
        ["ZZJHSC"] = CaseField.IcuHours,
    };

    /// <summary>The regional extensions of MedPay.Rules (not in the national workbook); the import report lists the rules that use them.</summary>
    public static readonly IReadOnlyCollection<string> RegionalFields = new[] { "ZYTS", "ZZJHSC" };

    [Flags]
    private enum Subject
    {
        None = 0,
        MainDx = 1,
        OtherDx = 2,
        MainPr = 4,
        OtherPr = 8,
    }

    private const string AtomExpected = "a rule atom: '(', ZYZD, QTZD, ZYSS, QTSS, '{', NL, XSRTL, XSRTZ, ZYTS, ZZJHSC or XB";

    private readonly string _text;
    private readonly IConditionBinder _binder;
    private readonly List<ConditionToken> _tokens;
    private int _index;
    private int _depth;

    private WorkbookRuleParser(string text, IConditionBinder binder)
    {
        _text = text;
        _binder = binder;
        _tokens = Tokenize(text);
    }

    /// <summary>Compiles a rule; throws <see cref="ConditionSyntaxException"/> when it does not parse.</summary>
    public static Condition Parse(string text, IConditionBinder binder)
    {
        ConditionLimits.CheckLength(text ?? string.Empty);
        var parser = new WorkbookRuleParser(text ?? string.Empty, binder);
        if (parser.Peek.Kind == ConditionTokenKind.End) return new ConstantCondition(true, string.Empty);
        var condition = parser.ParseOr();
        if (parser.Peek.Kind != ConditionTokenKind.End) throw parser.Error("'and', 'or', ')' or the end of the rule");
        return condition;
    }

    /// <summary>Whether a rule reads a regional extension field (<c>ZYTS</c>, <c>ZZJHSC</c>); a tokenizer pass, no binding.</summary>
    public static bool UsesRegionalFields(string text)
    {
        try
        {
            return Tokenize(text).Any(t => t.Kind == ConditionTokenKind.Word && RegionalFields.Contains(t.Text));
        }
        catch (ConditionSyntaxException)
        {
            return false;
        }
    }

    private ConditionToken Peek => _tokens[_index];

    private Condition ParseOr()
    {
        var start = Peek.Start;
        return ConditionChain.Parse(ParseAnd, () => IsKeyword("or"), () => _index++, operands => new OrCondition(operands, Slice(start)));
    }

    private Condition ParseAnd()
    {
        var start = Peek.Start;
        return ConditionChain.Parse(ParseAtom, () => IsKeyword("and"), () => _index++, operands => new AndCondition(operands, Slice(start)));
    }

    private Condition ParseAtom()
    {
        var token = Peek;
        var start = token.Start;
        if (token.Is("("))
        {
            _index++;
            ConditionLimits.Enter(ref _depth, start);
            var inner = ParseOr();
            Expect(")", "')'");
            _depth--;
            return inner;
        }

        if (token.Is("{") || (token.Kind == ConditionTokenKind.Word && SubjectOf(token.Text) != Subject.None))
        {
            var subject = ParseSubject();
            bool negated;
            if (IsKeyword("not"))
            {
                _index++;
                if (!IsKeyword("in")) throw Error("'in' after 'not'");
                negated = true;
            }
            else if (IsKeyword("in"))
            {
                negated = false;
            }
            else
            {
                throw Error("'in' or 'not in'");
            }

            _index++;
            var targetStart = _index;
            var (tables, levels) = ParseTarget();
            if (levels != ComplicationLevels.None && subject != Subject.OtherDx)
            {
                throw new ConditionSyntaxException(_tokens[targetStart].Start + 1, "MCC and CC only as targets of QTZD (the other diagnoses)", "'" + _text.Substring(start, _tokens[_index - 1].End - start) + "'");
            }

            var text = Slice(start);
            var atom = Compile(subject, tables, levels, text);
            return negated ? new NotCondition(atom, text) : atom;
        }

        if (token.Kind == ConditionTokenKind.Word && token.Text == "XB")
        {
            _index++;
            Expect("=", "'=' after XB");
            var value = Peek;
            if (value.Kind == ConditionTokenKind.Number && (value.Text == "1" || value.Text == "2"))
            {
                _index++;
                return new SexCondition(value.Text == "1" ? Sex.Male : Sex.Female, true, Slice(start));
            }

            throw Error("1 (male) or 2 (female) after XB =");
        }

        if (token.Kind == ConditionTokenKind.Word && Fields.TryGetValue(token.Text, out var field))
        {
            _index++;
            var comparison = ParseComparison();
            var number = Peek;
            if (number.Kind != ConditionTokenKind.Number || !double.TryParse(number.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Error("a number");
            }

            _index++;
            return new FieldCondition(field, comparison, value, Slice(start));
        }

        throw Error(AtomExpected);
    }

    /// <summary>The subject: one name or a braced list of names, as a set of the four lists.</summary>
    private Subject ParseSubject()
    {
        if (!Peek.Is("{"))
        {
            var single = SubjectOf(Peek.Text);
            _index++;
            return single;
        }

        _index++;
        var subject = Subject.None;
        while (true)
        {
            var token = Peek;
            var one = token.Kind == ConditionTokenKind.Word ? SubjectOf(token.Text) : Subject.None;
            if (one == Subject.None) throw Error("ZYZD, QTZD, ZYSS or QTSS");
            subject |= one;
            _index++;
            if (Peek.Is(","))
            {
                _index++;
                continue;
            }

            Expect("}", "',' or '}'");
            return subject;
        }
    }

    /// <summary>The target: a set, MCC, CC, or a braced list of them.</summary>
    private (List<CodeTable> Tables, ComplicationLevels Levels) ParseTarget()
    {
        var tables = new List<CodeTable>();
        var levels = ComplicationLevels.None;
        void One()
        {
            var token = Peek;
            if (token.Kind != ConditionTokenKind.Word) throw Error("a set name, MCC or CC");
            _index++;
            if (token.Text == "MCC") levels |= ComplicationLevels.Mcc;
            else if (token.Text == "CC") levels |= ComplicationLevels.Cc;
            else
            {
                var table = _binder.FindTable(token.Text);
                if (table is null)
                {
                    _binder.MissingTable(token.Text, token.Start + 1);
                    table = _binder.EmptyTable(token.Text);
                }

                if (!tables.Contains(table)) tables.Add(table);
            }
        }

        if (!Peek.Is("{"))
        {
            One();
            return (tables, levels);
        }

        _index++;
        One();
        while (Peek.Is(","))
        {
            _index++;
            One();
        }

        Expect("}", "',' or '}'");
        return (tables, levels);
    }

    /// <summary>
    /// Compiles <c>subject in target</c>: one atom per list the subject reads (main, other or any diagnosis; main, other or any
    /// procedure) over the union of the target's sets, or-ed with the CC/MCC test when the target names <c>MCC</c> or <c>CC</c>.
    /// </summary>
    private Condition Compile(Subject subject, List<CodeTable> tables, ComplicationLevels levels, ConditionText text)
    {
        var atoms = new List<Condition>(3);
        if (tables.Count > 0)
        {
            var table = _binder.UnionTable(tables);
            if (List(subject & (Subject.MainDx | Subject.OtherDx), CaseList.MainDx, CaseList.OtherDx, CaseList.AnyDx) is { } dx) atoms.Add(new InTableCondition(dx, table, text));
            if (List(subject & (Subject.MainPr | Subject.OtherPr), CaseList.MainPr, CaseList.OtherPr, CaseList.AnyPr) is { } pr) atoms.Add(new InTableCondition(pr, table, text));
        }

        if (levels != ComplicationLevels.None) atoms.Add(new ComplicationCondition(levels, text));
        return atoms.Count == 1 ? atoms[0] : new OrCondition(atoms.ToArray(), text);
    }

    private static CaseList? List(Subject subject, CaseList main, CaseList other, CaseList any) => subject switch
    {
        Subject.MainDx or Subject.MainPr => main,
        Subject.OtherDx or Subject.OtherPr => other,
        Subject.None => null,
        _ => any,
    };

    private static Subject SubjectOf(string name) => name switch
    {
        "ZYZD" => Subject.MainDx,
        "QTZD" => Subject.OtherDx,
        "ZYSS" => Subject.MainPr,
        "QTSS" => Subject.OtherPr,
        _ => Subject.None,
    };

    private Comparison ParseComparison()
    {
        var token = Peek;
        Comparison? comparison = token.Kind != ConditionTokenKind.Symbol ? null : token.Text switch
        {
            "=" => Comparison.Equal,
            "<" => Comparison.Less,
            "<=" => Comparison.LessOrEqual,
            ">" => Comparison.Greater,
            ">=" => Comparison.GreaterOrEqual,
            _ => null,
        };
        if (comparison is null) throw Error("a comparison (=, <, <=, >, >=)");
        _index++;
        return comparison.Value;
    }

    private void Expect(string symbol, string expected)
    {
        if (!Peek.Is(symbol)) throw Error(expected);
        _index++;
    }

    private bool IsKeyword(string word) => Peek.Kind == ConditionTokenKind.Word && string.Equals(Peek.Text, word, StringComparison.OrdinalIgnoreCase);

    private ConditionText Slice(int start) => new(_text, start, _tokens[_index - 1].End - start);

    private ConditionSyntaxException Error(string expected)
    {
        var token = Peek;
        var found = token.Kind == ConditionTokenKind.End ? "the end of the rule" : "'" + _text.Substring(token.Start, token.End - token.Start) + "'";
        return new ConditionSyntaxException(token.Start + 1, expected, found);
    }

    private static List<ConditionToken> Tokenize(string text)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF')) i++;
            if (i >= text.Length)
            {
                tokens.Add(new ConditionToken(ConditionTokenKind.End, string.Empty, text.Length, text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_' or >= '0' and <= '9')
            {
                var digits = true;
                while (i < text.Length && (text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_' or >= '0' and <= '9' || (digits && text[i] == '.')))
                {
                    if (text[i] is not (>= '0' and <= '9' or '.')) digits = false;
                    i++;
                }

                var word = text.Substring(start, i - start);
                tokens.Add(new ConditionToken(digits ? ConditionTokenKind.Number : ConditionTokenKind.Word, word, start, i));
            }
            else if (c is '<' or '>')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                tokens.Add(new ConditionToken(ConditionTokenKind.Symbol, two ? c + "=" : c.ToString(), i, i + (two ? 2 : 1)));
                i += two ? 2 : 1;
            }
            else if (c is '=' or '(' or ')' or '{' or '}' or ',')
            {
                tokens.Add(new ConditionToken(ConditionTokenKind.Symbol, c.ToString(), i, i + 1));
                i++;
            }
            else
            {
                var hint = c is '（' or '）' or '，' or '＝' or '＜' or '＞' or '｛' or '｝' ? " (a full-width character: use its ASCII form)" : string.Empty;
                throw new ConditionSyntaxException(i + 1, "a name, a number, an operator, a bracket or a comma", "'" + c + "'" + hint);
            }
        }
    }

    private sealed class WorkbookLanguage : IConditionLanguage
    {
        public string Name => "NHSA workbook rule";

        public Condition Parse(string text, IConditionBinder binder) => WorkbookRuleParser.Parse(text, binder);
    }
}
