using System.Globalization;
using System.Text;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// Writes a compiled condition in the folder layout's language (drg-scheme-tables.md), whatever language it was compiled from: a
/// workbook rule becomes the condition of the folder pack <c>medpay rules import</c> writes, and two conditions that mean the same
/// in the same words render the same text, which <see cref="DrgSchemeDiff"/> compares. Operators are spaced, nested <c>and</c> /
/// <c>or</c> flattened, parentheses only where precedence needs them; a union of sets becomes an <c>or</c> of one atom per set, the
/// workbook's <c>QTZD in {MCC, CC}</c> becomes <c>has_mcc or has_cc</c>.
/// </summary>
internal static class ConditionWriter
{
    private const int OrLevel = 1, AndLevel = 2, NotLevel = 3, AtomLevel = 4;

    /// <summary>Renders a condition; <paramref name="code"/> gives the code of an id (for inline code lists).</summary>
    public static string Write(Condition condition, Func<int, string> code)
    {
        var text = new StringBuilder();
        Write(condition, code, OrLevel, text);
        return text.ToString();
    }

    private static void Write(Condition condition, Func<int, string> code, int context, StringBuilder text)
    {
        var level = Level(condition);
        var wrap = level < context;
        if (wrap) text.Append('(');
        switch (condition)
        {
            case ConstantCondition constant:
                text.Append(constant.IsAlwaysTrue ? "true" : "false");
                break;
            case AndCondition and:
                Join(and.Operands, " and ", AndLevel, code, text);
                break;
            case OrCondition or:
                Join(or.Operands, " or ", OrLevel, code, text);
                break;
            case NotCondition not:
                text.Append("not ");
                Write(not.Operand, code, NotLevel, text);
                break;
            case InTableCondition inTable:
                var parts = inTable.Table.IsUnion ? inTable.Table.Parts.Select(p => p.Name).ToList() : new List<string> { TableText(inTable.Table, code) };
                for (var i = 0; i < parts.Count; i++)
                {
                    if (i > 0) text.Append(" or ");
                    text.Append(ListName(inTable.List)).Append(" in ").Append(parts[i]);
                }

                break;
            case CountTagsCondition count:
                text.Append("count_tags(").Append(ListName(count.List)).Append(", ").Append(count.Table.Name).Append(") ")
                    .Append(count.Comparison.Symbol()).Append(' ').Append(Number(count.Number));
                break;
            case ComplicationCondition complication:
                text.Append(complication.Levels switch
                {
                    ComplicationLevels.Mcc => "has_mcc",
                    ComplicationLevels.Cc => "has_cc",
                    _ => "has_mcc or has_cc",
                });
                break;
            case FieldCondition field:
                text.Append(FieldName(field.Field)).Append(' ').Append(field.Comparison.Symbol()).Append(' ').Append(Number(field.Number));
                break;
            case SexCondition sex:
                text.Append("sex ").Append(sex.IsEqual ? "==" : "!=").Append(' ').Append(sex.Sex == Sex.Male ? 'M' : 'F');
                break;
            case DischargeCondition discharge:
                text.Append("discharge in {").Append(string.Join(", ", discharge.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))).Append('}');
                break;
            case DepartmentCondition department:
                text.Append("dept in {").Append(string.Join(", ", department.Values.Select(v => "\"" + v + "\""))).Append('}');
                break;
            default:
                throw new InvalidOperationException("no folder-language form for " + condition.GetType().Name);
        }

        if (wrap) text.Append(')');
    }

    private static void Join(IReadOnlyList<Condition> operands, string separator, int level, Func<int, string> code, StringBuilder text)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0) text.Append(separator);
            Write(operands[i], code, level, text);
        }
    }

    /// <summary>The precedence a node renders at: an atom that renders as an <c>or</c> (a union, both CC levels) is an <c>or</c>.</summary>
    private static int Level(Condition condition) => condition switch
    {
        OrCondition => OrLevel,
        AndCondition => AndLevel,
        NotCondition => NotLevel,
        InTableCondition { Table.IsUnion: true } => OrLevel,
        ComplicationCondition { Levels: ComplicationLevels.Both } => OrLevel,
        _ => AtomLevel,
    };

    private static string TableText(CodeTable table, Func<int, string> code) =>
        table.Name.StartsWith("{", StringComparison.Ordinal) ? "{" + string.Join(", ", table.Members().Select(id => "\"" + code(id) + "\"")) + "}" : table.Name;

    private static string ListName(CaseList list) => list switch
    {
        CaseList.MainDx => "main_dx",
        CaseList.OtherDx => "other_dx",
        CaseList.AnyDx => "any_dx",
        CaseList.MainPr => "main_pr",
        CaseList.OtherPr => "other_pr",
        _ => "any_pr",
    };

    private static string FieldName(CaseField field) => field switch
    {
        CaseField.AgeYears => "age_years",
        CaseField.AgeDays => "age_days",
        CaseField.BirthWeightGrams => "birth_weight_g",
        CaseField.NewbornWeightGrams => "newborn_weight_g",
        CaseField.LengthOfStayDays => "los_days",
        CaseField.IcuHours => "icu_hours",
        CaseField.DxCount => "dx_count",
        _ => "pr_count",
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
