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
        var issues = result.Issues;
        var main = @case.Diagnoses.Count > 0 && @case.Diagnoses[0].Length > 0 ? (object)@case.Diagnoses[0] : None;
        var procedures = @case.Procedures.Count > 0 ? (object)string.Join("|", @case.Procedures) : None;
        switch (result.Status)
        {
            case DrgGroupingStatus.Ungroupable when !issues.Any(i => i.Severity >= IssueSeverity.Warning):
                return issues.Add(DrgGroupingIssues.NoAdrg.Create(field: "diagnoses[0]", value: main as string, args: new[] { main, procedures, result.Scheme.Id }));
            case DrgGroupingStatus.Ambiguous:
                return issues.Add(DrgGroupingIssues.Ambiguous.Create(field: "adrg", value: result.AdrgCode, args: new[] { result.AdrgCode, main, procedures }));
            default:
                return issues;
        }
    }

    /// <summary>
    /// The issues that explain the result: for a case that is not grouped, every warning and error of <see cref="Issues"/>; for a grouped
    /// (or ambiguous) case, its warnings. Information notes (a folded code, a derived age in days) are left out.
    /// </summary>
    /// <param name="result">The grouping result.</param>
    /// <param name="case">The case that was grouped.</param>
    /// <returns>The reasons, in order.</returns>
    public static ImmutableArray<Issue> Reasons(DrgResult result, DrgCase @case)
    {
        var grouped = result.IsGrouped;
        return Issues(result, @case).Where(i => grouped ? i.Severity == IssueSeverity.Warning : i.Severity >= IssueSeverity.Warning).ToImmutableArray();
    }
}
