using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// The batch entry point behind <c>medpay dip</c>: a CSV of cases in (<see cref="DipCaseFile"/>), every case grouped, scored and
/// (with point values) priced, rendered as CSV or JSON. Never throws on bad case content.
/// </summary>
public sealed class DipRun
{
    /// <summary>The columns of <see cref="ToCsv"/>, in order.</summary>
    public static readonly ImmutableArray<string> OutputColumns = ImmutableArray.Create(
        "id", "hospital_id", "status", "group", "group_name", "kind", "treatment", "auxiliary", "auxiliary_coefficient", "group_score", "coefficient",
        "reference_cost", "cost_ratio", "deviation", "special_review", "score", "point_value", "payment", "fund_share");

    private readonly string _fileName;
    private readonly ImmutableArray<int> _lines;

    private DipRun(RulePackIdentity pack, ImmutableArray<DipCase> cases, ImmutableArray<DipCaseResult> results, ImmutableArray<Issue> issues, string fileName, ImmutableArray<int> lines)
    {
        _fileName = fileName;
        _lines = lines;
        Pack = pack;
        Cases = cases;
        Results = results;
        Issues = issues;
    }

    /// <summary>The catalogue pack used.</summary>
    public RulePackIdentity Pack { get; }

    /// <summary>The cases read.</summary>
    public ImmutableArray<DipCase> Cases { get; }

    /// <summary>One result per case.</summary>
    public ImmutableArray<DipCaseResult> Results { get; }

    /// <summary>Problems of the case file.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Reads the cases of a CSV text and evaluates them all.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="casesCsv">The case file text (layout: <see cref="DipCaseFile"/>).</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="prices">The point values, or <see langword="null"/> to leave payments out.</param>
    /// <returns>The run.</returns>
    public static DipRun Execute(DipCatalogue catalogue, string casesCsv, string fileName = "cases.csv", DipPointPrices? prices = null)
    {
        if (catalogue is null) throw new ArgumentNullException(nameof(catalogue));
        fileName ??= "cases.csv";
        var cases = DipCaseFile.Read(casesCsv, fileName, out var issues, out var lines);
        var results = new DipEngine(catalogue).EvaluateAll(cases, prices);
        return new DipRun(catalogue.Identity, cases, ImmutableArray.Create(results), issues, fileName, lines);
    }

    /// <summary>The problems found reading one case's row (a value that is not a number, a negative amount…), each with its row and column.</summary>
    /// <param name="index">The case's index in <see cref="Cases"/>.</param>
    /// <returns>The issues of that row of <see cref="Issues"/>; empty when none.</returns>
    public ImmutableArray<Issue> CaseIssues(int index)
    {
        if (index < 0 || index >= Cases.Length) throw new ArgumentOutOfRangeException(nameof(index));
        var line = _lines[index];
        return Issues.Where(i => i.Location is { } at && at.Row == line && string.Equals(at.File, _fileName, StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Settles the year over the run's cases (hospital, fund, score, personal payment): see <see cref="DipPointValues.YearEnd"/>.</summary>
    /// <param name="method">Floating or fixed.</param>
    /// <param name="budgets">The fund budgets.</param>
    /// <returns>The year-end report.</returns>
    public DipYearEndReport SettleYear(DipPointValueMethod method, ImmutableArray<DipFundBudget> budgets) =>
        DipPointValues.YearEnd(new DipYearEndInput
        {
            Pack = Pack,
            Method = method,
            Budgets = budgets,
            Cases = Cases.Select((c, i) => DipScoredCase.From(c, Results[i])).ToArray(),
        });

    /// <summary>The results as CSV (<see cref="OutputColumns"/>), invariant culture, one line per case.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", OutputColumns)).Append('\n');
        for (var i = 0; i < Cases.Length; i++)
        {
            var values = Values(Cases[i], Results[i]);
            for (var v = 0; v < values.Length; v++)
            {
                if (v > 0) text.Append(',');
                text.Append(Quote(values[v]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The columns of <see cref="OutputColumns"/> that <see cref="ToJson"/> writes as JSON numbers (amounts, scores and factors); the others are text, <c>special_review</c> a boolean.</summary>
    public static readonly ImmutableArray<string> JsonNumberColumns = ImmutableArray.Create(
        "auxiliary_coefficient", "group_score", "coefficient", "reference_cost", "cost_ratio", "score", "point_value", "payment", "fund_share");

    private static readonly ImmutableHashSet<string> JsonNumbers = JsonNumberColumns.ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>One case's cells as <see cref="ToCsv"/> writes them (before quoting), in the order of <see cref="OutputColumns"/>; an empty cell is a value not known.</summary>
    /// <param name="index">The case's index in <see cref="Cases"/>.</param>
    /// <returns>The cells.</returns>
    public ImmutableArray<string> Cells(int index)
    {
        if (index < 0 || index >= Cases.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return ImmutableArray.Create(Values(Cases[index], Results[index]));
    }

    /// <summary>
    /// The run as JSON: the pack (<c>id</c>, <c>version</c>, <c>hash</c>), the issues and one object per case with the
    /// <see cref="OutputColumns"/> as properties, amounts as JSON numbers.
    /// </summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Pack.WriteJson(json, "pack");
            json.WriteStartArray("issues");
            foreach (var issue in Issues)
            {
                json.WriteStartObject();
                json.WriteString("code", issue.Code);
                json.WriteString("severity", issue.Severity.ToString());
                json.WriteString("location", issue.Location?.ToString());
                json.WriteString("zh", issue.Message.Zh);
                json.WriteString("en", issue.Message.En);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("cases");
            for (var i = 0; i < Cases.Length; i++)
            {
                var values = Values(Cases[i], Results[i]);
                json.WriteStartObject();
                for (var v = 0; v < values.Length; v++)
                {
                    var name = OutputColumns[v];
                    if (values[v].Length == 0) json.WriteNull(name);
                    else if (name == "special_review") json.WriteBoolean(name, values[v] == "true");
                    else if (JsonNumbers.Contains(name)) json.WriteNumber(name, decimal.Parse(values[v], NumberStyles.Number, CultureInfo.InvariantCulture));
                    else json.WriteString(name, values[v]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A case's cells as <see cref="ToCsv"/> writes them (before quoting), in the order of <see cref="OutputColumns"/>: for a case read and evaluated elsewhere (<see cref="DipCaseFileStreaming"/>).</summary>
    /// <param name="case">The case.</param>
    /// <param name="result">Its result.</param>
    /// <returns>The cells; an empty cell is a value not known.</returns>
    public static ImmutableArray<string> Cells(DipCase @case, DipCaseResult result)
    {
        if (@case is null) throw new ArgumentNullException(nameof(@case));
        return ImmutableArray.Create(Values(@case, result));
    }

    private static string[] Values(DipCase c, DipCaseResult r)
    {
        static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var grouped = r.Status == DipStatus.Grouped;
        var s = r.ScoreDetail;
        return new[]
        {
            c.Id ?? string.Empty, c.HospitalId ?? string.Empty, Snake(r.Status.ToString()), r.Group?.Code ?? string.Empty, r.Group?.Name ?? string.Empty,
            grouped ? r.Group!.Kind.ToString().ToLowerInvariant() : string.Empty, r.Treatment.ToString().ToLowerInvariant(), r.Auxiliary?.Subtype ?? string.Empty,
            grouped ? N(r.AuxiliaryCoefficient) : string.Empty, N(r.Group?.Score), grouped ? N(s.Coefficient) : string.Empty, N(s.ReferenceCost),
            s.CostRatio is { } ratio ? N(Math.Round(ratio, 6, MidpointRounding.AwayFromZero)) : string.Empty, grouped ? Snake(s.Deviation.ToString()) : string.Empty,
            grouped ? (s.SpecialReview ? "true" : "false") : string.Empty, grouped ? N(r.Score) : string.Empty, N(r.PointValue), N(r.Payment), N(r.FundShare),
        };
    }

    private static string Snake(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOf(',') >= 0 || value.IndexOf('"') >= 0 || value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}
