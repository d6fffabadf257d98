using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>
/// Why a grouping result is what it is, in the library's issue messages with their values filled in: what <c>medpay group --columns
/// issues,reason</c> and the PowerShell rows show. The grouper reports problems of the input; a case that is simply not taken by any MDC or
/// ADRG, or that lands in an ambiguous group, comes back without an issue, and these helpers add the one that says so
/// (<see cref="DrgGroupingIssues.NoAdrg"/>, <see cref="DrgGroupingIssues.Ambiguous"/>) without changing the result.
/// </summary>
public static class DrgResultReasons
{
    private static readonly LocalizedText None = new("无", "none");

    /// <summary>
    /// The result's issues, plus <see cref="DrgGroupingIssues.NoAdrg"/> for an ungroupable case that has no warning or error of its own,
    /// and <see cref="DrgGroupingIssues.Ambiguous"/> for a case in an ambiguous group.
    /// </summary>
    /// <param name="result">The grouping result.</param>
    /// <param name="case">The case that was grouped (its codes fill in the message).</param>
    /// <returns>The issues, the result's first.</returns>
    public static ImmutableArray<Issue> Issues(DrgResult result, DrgCase @case)
    {
        if (@case is null) throw new ArgumentNullException(nameof(@case));
        return Issues(result, @case.Diagnoses.Count > 0 ? @case.Diagnoses[0] : null, @case.Procedures.Count > 0 ? string.Join("|", @case.Procedures) : null);
    }

    /// <summary>
    /// <see cref="Issues(DrgResult, DrgCase)"/> for a case given by its codes' text, e.g. a row of a case file grouped straight from its
    /// text (<see cref="DrgCaseRow"/>).
    /// </summary>
    /// <param name="result">The grouping result.</param>
    /// <param name="mainDiagnosis">The main diagnosis as written; <see langword="null"/> or empty when none.</param>
    /// <param name="procedures">The procedures as written, separated by <c>|</c>; <see langword="null"/> when none.</param>
    /// <returns>The issues, the result's first.</returns>
    public static ImmutableArray<Issue> Issues(DrgResult result, string? mainDiagnosis, string? procedures)
    {
        var issues = result.Issues;
        var main = string.IsNullOrEmpty(mainDiagnosis) ? None : (object)mainDiagnosis!;
        var listed = procedures is null ? None : (object)procedures;
        switch (result.Status)
        {
            case DrgGroupingStatus.Ungroupable when !issues.Any(i => i.Severity >= IssueSeverity.Warning):
                return issues.Add(DrgGroupingIssues.NoAdrg.Create(field: "diagnoses[0]", value: main as string, args: new[] { main, listed, result.Scheme.Id }));
            case DrgGroupingStatus.Ambiguous:
                return issues.Add(DrgGroupingIssues.Ambiguous.Create(field: "adrg", value: result.AdrgCode, args: new[] { result.AdrgCode, main, listed }));
            default:
                return issues;
        }
    }

    /// <summary>
    /// The issues that explain the result: for a case that is not grouped, every warning and error of <see cref="Issues(DrgResult, DrgCase)"/>; for a grouped
    /// (or ambiguous) case, its warnings. Information notes (a folded code, a derived age in days) are left out.
    /// </summary>
    /// <param name="result">The grouping result.</param>
    /// <param name="case">The case that was grouped.</param>
    /// <returns>The reasons, in order.</returns>
    public static ImmutableArray<Issue> Reasons(DrgResult result, DrgCase @case)
    {
        if (@case is null) throw new ArgumentNullException(nameof(@case));
        return Reasons(result, @case.Diagnoses.Count > 0 ? @case.Diagnoses[0] : null, @case.Procedures.Count > 0 ? string.Join("|", @case.Procedures) : null);
    }

    /// <summary><see cref="Reasons(DrgResult, DrgCase)"/> for a case given by its codes' text (see <see cref="Issues(DrgResult, string?, string?)"/>).</summary>
    /// <param name="result">The grouping result.</param>
    /// <param name="mainDiagnosis">The main diagnosis as written.</param>
    /// <param name="procedures">The procedures as written, separated by <c>|</c>.</param>
    /// <returns>The reasons, in order.</returns>
    public static ImmutableArray<Issue> Reasons(DrgResult result, string? mainDiagnosis, string? procedures)
    {
        var grouped = result.IsGrouped;
        return Issues(result, mainDiagnosis, procedures).Where(i => grouped ? i.Severity == IssueSeverity.Warning : i.Severity >= IssueSeverity.Warning).ToImmutableArray();
    }
}
