using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>
/// One row of a DIP case file as <see cref="DipCaseReader"/> reads it: its line, the case (every row gives one: a value that cannot be
/// read is treated as not given) and the row's own issues, each with its row and column. Immutable.
/// </summary>
public sealed class DipCaseRecord
{
    internal DipCaseRecord(int line, DipCase @case, Issue? quoting, ImmutableArray<Issue> issues)
    {
        Line = line;
        Case = @case;
        QuotingIssue = quoting;
        Issues = issues;
    }

    /// <summary>The 1-based line of the file the row starts on.</summary>
    public int Line { get; }

    /// <summary>The case read from the row.</summary>
    public DipCase Case { get; }

    /// <summary>
    /// The row's issues: its quoting problem first (<c>CSV_*</c>), then its values (<c>DIP_INPUT_BAD_NUMBER</c>, a negative amount, a
    /// personal payment above the cost), in column order. Empty when the row is clean.
    /// </summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>
    /// The row's quoting problem (the first of <see cref="Issues"/>), or null. <see cref="DipCaseFile.Read(string, string, out ImmutableArray{Issue})"/>
    /// lists these with the file's CSV issues, before every row's <see cref="ValueIssues"/>.
    /// </summary>
    public Issue? QuotingIssue { get; }

    /// <summary>The row's value issues: <see cref="Issues"/> without the quoting problem.</summary>
    public IEnumerable<Issue> ValueIssues => QuotingIssue is null ? Issues : Issues.Skip(1);
}
