using System.Collections.Immutable;
using System.Text;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention;

/// <summary>The year-end retention report of a hospital: the hospital's outcome, each department's and each group's, and the issues found.</summary>
public sealed class YearEndReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="policy">The policy pack used, when known.</param>
    /// <param name="hospital">The hospital's outcome, or <see langword="null"/> when the input had errors.</param>
    /// <param name="departments">The departments' outcomes.</param>
    /// <param name="groups">The groups' outcomes.</param>
    /// <param name="issues">The issues found.</param>
    public YearEndReport(RulePackIdentity? policy, RetentionOutcome? hospital, ImmutableArray<RetentionOutcome> departments, ImmutableArray<RetentionOutcome> groups, ImmutableArray<Issue> issues)
    {
        Policy = policy;
        Hospital = hospital;
        Departments = departments;
        Groups = groups;
        Issues = issues;
    }

    /// <summary>The policy pack used, when known.</summary>
    public RulePackIdentity? Policy { get; }

    /// <summary>The hospital's outcome, or <see langword="null"/> when the input had errors.</summary>
    public RetentionOutcome? Hospital { get; }

    /// <summary>The departments' outcomes, each settled as if alone, with the department's internal shares.</summary>
    public ImmutableArray<RetentionOutcome> Departments { get; }

    /// <summary>The groups' outcomes, each settled as if alone.</summary>
    public ImmutableArray<RetentionOutcome> Groups { get; }

    /// <summary>The issues found (errors mean no outcome).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The report as text: each line's steps in Chinese and English.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("# 年终结余留用与超支分担 / Year-end retention and overspend sharing\n");
        if (Policy is not null) text.Append("policy: ").Append(Policy).Append('\n');
        foreach (var issue in Issues) text.Append("! ").Append(issue).Append('\n');
        if (Hospital is not null) ReportWriter.Text(text, "全院 / hospital", Hospital);
        foreach (var d in Departments) ReportWriter.Text(text, "科室 / department", d);
        foreach (var g in Groups) ReportWriter.Text(text, "病组 / group", g);
        return text.ToString();
    }

    /// <summary>The report as CSV, one row per line (hospital, departments, groups), amounts to the fen.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var csv = new StringBuilder(string.Join(",", ReportWriter.CsvColumns)).Append('\n');
        if (Hospital is not null) ReportWriter.CsvRow(csv, "hospital", Hospital);
        foreach (var d in Departments) ReportWriter.CsvRow(csv, "department", d);
        foreach (var g in Groups) ReportWriter.CsvRow(csv, "group", g);
        return csv.ToString();
    }

    /// <summary>The report as indented JSON with every step.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ReportWriter.JsonReport(Policy, "hospital", Hospital, Issues, json =>
    {
        foreach (var (name, lines) in new[] { ("departments", Departments), ("groups", Groups) })
        {
            json.WriteStartArray(name);
            foreach (var line in lines) ReportWriter.Json(json, line);
            json.WriteEndArray();
        }
    });
}
