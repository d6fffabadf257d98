using System.Globalization;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// Parses the condition language of the DRG scheme tables (spec: drg-scheme-tables.md) into a compiled
/// <see cref="Condition"/> tree. Recursive descent over a small tokenizer; precedence <c>not</c> &gt; <c>and</c> &gt; <c>or</c>.
/// String literals take double or single quotes; <c>sex</c> also takes a bare <c>M</c> or <c>F</c>.
/// </summary>
internal sealed class ConditionParser
{
    private static readonly Dictionary<string, CaseList> Lists = new(StringComparer.Ordinal)
    {
        ["main_dx"] = CaseList.MainDx,
        ["other_dx"] = CaseList.OtherDx,
        ["any_dx"] = CaseList.AnyDx,
        ["main_pr"] = CaseList.MainPr,
        ["other_pr"] = CaseList.OtherPr,
        ["any_pr"] = CaseList.AnyPr,
    };

    private static readonly Dictionary<string, CaseField> Fields = new(StringComparer.Ordinal)
    {
        ["age_years"] = CaseField.AgeYears,
        ["age_days"] = CaseField.AgeDays,
        ["birth_weight_g"] = CaseField.BirthWeightGrams,
        ["newborn_weight_g"] = CaseField.NewbornWeightGrams,
        ["los_days"] = CaseField.LengthOfStayDays,
        ["icu_hours"] = CaseField.IcuHours,
        ["dx_count"] = CaseField.DxCount,
        ["pr_count"] = CaseField.PrCount,
    };

    private const string ListNames = "main_dx, other_dx, any_dx, main_pr, other_pr or any_pr";

    private readonly string _text;
    private readonly IConditionBinder _binder;
    private readonly List<ConditionToken> _tokens;
    private int _index;
    private int _depth;

    private ConditionParser(string text, IConditionBinder binder)
    {
        _text = text;
        _binder = binder;
        _tokens = Tokenize(text);
    }

    /// <summary>The folder layout's condition language as a front end of the condition tree.</summary>
    public static IConditionLanguage Language { get; } = new FolderLanguage();

    /// <summary>Parses a condition. Throws <see cref="ConditionSyntaxException"/> on a syntax error.</summary>
    public static Condition Parse(string text, IConditionBinder binder)
    {
        ConditionLimits.CheckLength(text ?? string.Empty);
        var parser = new ConditionParser(text ?? string.Empty, binder);
        if (parser.Peek.Kind == ConditionTokenKind.End) throw new ConditionSyntaxException(1, "a condition (use true for an unconditional row)", "an empty condition");
        var condition = parser.ParseOr();
        if (parser.Peek.Kind != ConditionTokenKind.End) throw parser.Error("'and', 'or' or the end of the condition");
        return condition;
    }

    private ConditionToken Peek => _tokens[_index];

    private ConditionToken Next() => _tokens[_index++];

    private Condition ParseOr()
    {
        var start = Peek.Start;
        return ConditionChain.Parse(ParseAnd, () => IsWord("or"), () => _index++, operands => new OrCondition(operands, Slice(start)));
    }

    private Condition ParseAnd()
    {
        var start = Peek.Start;
        return ConditionChain.Parse(ParseNot, () => IsWord("and"), () => _index++, operands => new AndCondition(operands, Slice(start)));
    }

    private Condition ParseNot()
    {
        if (!IsWord("not")) return ParseAtom();
        var start = Next().Start;
        ConditionLimits.Enter(ref _depth, start);
        var operand = ParseNot();
        _depth--;
        return new NotCondition(operand, Slice(start));
    }

    private Condition ParseAtom()
    {
        var token = Peek;
        var start = token.Start;
        if (token.Kind == ConditionTokenKind.Symbol && token.Text == "(")
        {
            _index++;
            ConditionLimits.Enter(ref _depth, start);
            var inner = ParseOr();
            Expect(")", "')'");
            _depth--;
            return inner;
        }

        if (token.Kind != ConditionTokenKind.Word) throw Error("a condition: '(', 'not', true, false, a list, a field, sex, discharge, dept, count_tags, has_mcc or has_cc");
        _index++;
        switch (token.Text)
        {
            case "true":
                return new ConstantCondition(true, Slice(start));
            case "false":
                return new ConstantCondition(false, Slice(start));
            case "has_mcc":
                return new ComplicationCondition(ComplicationLevels.Mcc, Slice(start));
            case "has_cc":
                return new ComplicationCondition(ComplicationLevels.Cc, Slice(start));
            case "count_tags":
            {
                Expect("(", "'(' after count_tags");
                var list = ParseList();
                Expect(",", "',' between the list and the table");
                var table = ParseTableName();
                Expect(")", "')'");
                var comparison = ParseComparison();
                var number = ParseNumber();
                return new CountTagsCondition(list, table, comparison, number, Slice(start));
            }

            case "sex":
            {
                var comparison = ParseComparison();
                if (comparison is not (Comparison.Equal or Comparison.NotEqual)) throw Error("'==' or '!=' after sex", _index - 1);
                var value = Peek;
                if ((value.Kind is ConditionTokenKind.Word or ConditionTokenKind.String) && (value.Text == "M" || value.Text == "F"))
                {
                    _index++;
                    return new SexCondition(value.Text == "M" ? Sex.Male : Sex.Female, comparison == Comparison.Equal, Slice(start));
                }

                throw Error("M or F");
            }

            case "discharge":
            {
                ExpectWord("in", "'in' after discharge");
                var values = ParseBraced(() =>
                {
                    var number = ParseNumber();
                    if (number != Math.Floor(number)) throw Error("a whole discharge code", _index - 1);
                    return (int)number;
                });
                return new DischargeCondition(values.ToArray(), Slice(start));
            }

            case "dept":
            {
                ExpectWord("in", "'in' after dept");
                var values = ParseBraced(ParseString);
                return new DepartmentCondition(values.ToArray(), Slice(start));
            }
        }

        if (Lists.TryGetValue(token.Text, out var caseList))
        {
            ExpectWord("in", "'in' after " + token.Text);
            if (Peek.Kind == ConditionTokenKind.Symbol && Peek.Text == "{")
            {
                var codes = ParseBraced(ParseString);
                return new InTableCondition(caseList, _binder.InlineTable(codes), Slice(start));
            }

            var table = ParseTableName();
            return new InTableCondition(caseList, table, Slice(start));
        }

        if (Fields.TryGetValue(token.Text, out var field))
        {
            var comparison = ParseComparison();
            var number = ParseNumber();
            return new FieldCondition(field, comparison, number, Slice(start));
        }

        throw Error("a condition: '(', 'not', true, false, a list, a field, sex, discharge, dept, count_tags, has_mcc or has_cc", _index - 1);
    }

    private CaseList ParseList()
    {
        var token = Peek;
        if (token.Kind == ConditionTokenKind.Word && Lists.TryGetValue(token.Text, out var list))
        {
            _index++;
            return list;
        }

        throw Error(ListNames);
    }

    private CodeTable ParseTableName()
    {
        var token = Peek;
        if (token.Kind is not (ConditionTokenKind.Word or ConditionTokenKind.Number) || !IsTableName(token.Text)) throw Error("a table name ([A-Za-z0-9_]+) or '{'");
        _index++;
        var table = _binder.FindTable(token.Text);
        if (table is not null) return table;
        _binder.MissingTable(token.Text, token.Start + 1);
        return _binder.EmptyTable(token.Text);
    }

    private Comparison ParseComparison()
    {
        var token = Peek;
        if (token.Kind == ConditionTokenKind.Symbol)
        {
            Comparison? comparison = token.Text switch
            {
                "==" => Comparison.Equal,
                "!=" => Comparison.NotEqual,
                "<" => Comparison.Less,
                "<=" => Comparison.LessOrEqual,
                ">" => Comparison.Greater,
                ">=" => Comparison.GreaterOrEqual,
                _ => null,
            };
            if (comparison is not null)
            {
                _index++;
                return comparison.Value;
            }
        }

        throw Error("a comparison (==, !=, <, <=, >, >=)");
    }

    private double ParseNumber()
    {
        var token = Peek;
        if (token.Kind == ConditionTokenKind.Number && double.TryParse(token.Text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _index++;
            return value;
        }

        throw Error("a number");
    }

    private string ParseString()
    {
        var token = Peek;
        if (token.Kind != ConditionTokenKind.String) throw Error("a code in double quotes");
        _index++;
        return token.Text;
    }

    private List<T> ParseBraced<T>(Func<T> item)
    {
        Expect("{", "'{'");
        var items = new List<T> { item() };
        while (Peek.Kind == ConditionTokenKind.Symbol && Peek.Text == ",")
        {
            _index++;
            items.Add(item());
        }

        Expect("}", "',' or '}'");
        return items;
    }

    private void Expect(string symbol, string expected)
    {
        if (Peek.Kind == ConditionTokenKind.Symbol && Peek.Text == symbol)
        {
            _index++;
            return;
        }

        throw Error(expected);
    }

    private void ExpectWord(string word, string expected)
    {
        if (IsWord(word))
        {
            _index++;
            return;
        }

        throw Error(expected);
    }

    private bool IsWord(string word) => Peek.Kind == ConditionTokenKind.Word && Peek.Text == word;

    private ConditionText Slice(int start) => new(_text, start, _tokens[_index - 1].End - start);

    private ConditionSyntaxException Error(string expected, int? index = null)
    {
        var token = _tokens[index ?? _index];
        var found = token.Kind == ConditionTokenKind.End ? "the end of the condition" : "'" + _text.Substring(token.Start, token.End - token.Start) + "'";
        return new ConditionSyntaxException(token.Start + 1, expected, found);
    }

    private static bool IsTableName(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '_')) return false;
        }

        return true;
    }

    private static List<ConditionToken> Tokenize(string text)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length)
            {
                tokens.Add(new ConditionToken(ConditionTokenKind.End, string.Empty, text.Length, text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_')
            {
                while (i < text.Length && (text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '_')) i++;
                tokens.Add(new ConditionToken(ConditionTokenKind.Word, text.Substring(start, i - start), start, i));
            }
            else if (c is >= '0' and <= '9' || (c == '-' && i + 1 < text.Length && text[i + 1] is >= '0' and <= '9'))
            {
                i++;
                while (i < text.Length && (text[i] is >= '0' and <= '9' or '.')) i++;
                // A table name may start with digits (e.g. 12_TABLE).
                var kind = ConditionTokenKind.Number;
                while (i < text.Length && (text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_' or >= '0' and <= '9'))
                {
                    i++;
                    kind = ConditionTokenKind.Word;
                }

                tokens.Add(new ConditionToken(kind, text.Substring(start, i - start), start, i));
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < text.Length && text[i] != c) i++;
                if (i >= text.Length) throw new ConditionSyntaxException(start + 1, "a closing " + c, "the end of the condition");
                tokens.Add(new ConditionToken(ConditionTokenKind.String, text.Substring(start + 1, i - start - 1).Trim(), start, i + 1));
                i++;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                if (i + 1 < text.Length && text[i + 1] == '=')
                {
                    tokens.Add(new ConditionToken(ConditionTokenKind.Symbol, text.Substring(i, 2), i, i + 2));
                    i += 2;
                }
                else if (c is '<' or '>')
                {
                    tokens.Add(new ConditionToken(ConditionTokenKind.Symbol, c.ToString(), i, i + 1));
                    i++;
                }
                else
                {
                    throw new ConditionSyntaxException(i + 1, c == '=' ? "'=='" : "'!='", "'" + c + "'");
                }
            }
            else if (c is '(' or ')' or '{' or '}' or ',')
            {
                tokens.Add(new ConditionToken(ConditionTokenKind.Symbol, c.ToString(), i, i + 1));
                i++;
            }
            else
            {
                throw new ConditionSyntaxException(i + 1, "a name, a number, a quoted code, an operator or a bracket", "'" + c + "'");
            }
        }
    }

    private sealed class FolderLanguage : IConditionLanguage
    {
        public string Name => "drg-scheme-tables condition";

        public Condition Parse(string text, IConditionBinder binder) => ConditionParser.Parse(text, binder);
    }
}
