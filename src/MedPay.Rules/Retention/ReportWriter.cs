using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedPay.Rules.Retention;

/// <summary>Renders outcomes as text (one block per line, every step in Chinese and English), CSV and JSON; shared by the year-end and alliance reports.</summary>
internal static class ReportWriter
{
    public static readonly string[] CsvColumns =
    {
        "kind", "id", "name", "grade", "payment", "adjusted_payment", "fee_for_item", "surplus", "retained", "surplus_to_fund",
        "overspend", "disallowed", "fund_borne", "hospital_borne", "staff_pool", "development_fund", "department_performance_pay", "department_borne",
    };

    public static void Text(StringBuilder text, string title, RetentionOutcome outcome)
    {
        text.Append("## ").Append(title).Append(' ').Append(outcome.Id).Append(' ').Append(outcome.Name);
        if (outcome.Grade is not null) text.Append(" [").Append(outcome.Grade).Append(']');
        text.Append('\n');
        foreach (var step in outcome.Steps)
        {
            text.Append("- ").Append(step.Code).Append(": ").Append(step.Text.Zh).Append('\n');
            text.Append("  ").Append(step.Text.En).Append('\n');
        }
    }

    public static void CsvRow(StringBuilder csv, string kind, RetentionOutcome o)
    {
        var cells = new[]
        {
            kind, o.Id, o.Name, o.Grade ?? string.Empty, M(o.Payment), M(o.AdjustedPayment), M(o.FeeForItem), M(o.Surplus), M(o.Retained), M(o.SurplusToFund),
            M(o.Overspend), M(o.Disallowed), M(o.FundBorne), M(o.HospitalBorne), M(o.StaffPool), M(o.DevelopmentFund),
            o.DepartmentPerformancePay is { } pay ? M(pay) : string.Empty, o.DepartmentBorne is { } borne ? M(borne) : string.Empty,
        };
        csv.Append(string.Join(",", cells.Select(Quote))).Append('\n');
    }

    /// <summary>The amount with exactly two decimals, so JSON writes money as 60000.00, not 60000.</summary>
    public static decimal Fen(decimal amount) => decimal.Parse(M(amount), CultureInfo.InvariantCulture);

    public static string M(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Quote(string cell) =>
        cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// Writes a report object: the policy pack as <c>pack: {id, version, hash}</c> (as every JSON result of the library names its pack), the
    /// headline outcome under <paramref name="outcomeName"/>, then what <paramref name="body"/> adds, then the issues; keys in snake_case, the
    /// CSV column names. Returns the indented JSON text.
    /// </summary>
    public static string JsonReport(RulePacks.RulePackIdentity? policy, string outcomeName, RetentionOutcome? outcome, IEnumerable<Issue> issues, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = Json(stream))
        {
            json.WriteStartObject();
            policy?.WriteJson(json, "pack");
            if (outcome is not null)
            {
                json.WritePropertyName(outcomeName);
                Json(json, outcome);
            }

            body(json);
            Json(json, issues);
            json.WriteEndObject();
        }

        return Utf8(stream);
    }

    public static Utf8JsonWriter Json(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Json(Utf8JsonWriter json, RetentionOutcome o)
    {
        json.WriteStartObject();
        json.WriteString("id", o.Id);
        json.WriteString("name", o.Name);
        if (o.Grade is not null) json.WriteString("grade", o.Grade);
        foreach (var (name, value) in new[]
        {
            ("payment", o.Payment), ("adjusted_payment", o.AdjustedPayment), ("fee_for_item", o.FeeForItem), ("surplus", o.Surplus), ("retained", o.Retained),
            ("surplus_to_fund", o.SurplusToFund), ("overspend", o.Overspend), ("disallowed", o.Disallowed), ("fund_borne", o.FundBorne),
            ("hospital_borne", o.HospitalBorne), ("staff_pool", o.StaffPool), ("development_fund", o.DevelopmentFund),
        })
        {
            json.WriteNumber(name, Fen(value));
        }

        if (o.DepartmentPerformancePay is { } pay) json.WriteNumber("department_performance_pay", Fen(pay));
        if (o.DepartmentBorne is { } borne) json.WriteNumber("department_borne", Fen(borne));
        Steps(json, o.Steps);
        json.WriteEndObject();
    }

    public static void Steps(Utf8JsonWriter json, IEnumerable<RetentionStep> steps)
    {
        json.WriteStartArray("steps");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("code", step.Code);
            json.WriteNumber("amount", step.Amount);
            json.WriteString("zh", step.Text.Zh);
            json.WriteString("en", step.Text.En);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Json(Utf8JsonWriter json, IEnumerable<Issue> issues)
    {
        json.WriteStartArray("issues");
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("code", issue.Code);
            json.WriteString("severity", issue.Severity.ToString());
            if (issue.Field is not null) json.WriteString("field", issue.Field);
            if (issue.Value is not null) json.WriteString("value", issue.Value);
            json.WriteString("zh", issue.Message.Zh);
            json.WriteString("en", issue.Message.En);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string Utf8(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray());
}
