using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>One row of a case file: the case when the row could be read, the row's issues, and the expected result columns when present.</summary>
public sealed class DrgCaseRecord
{
    internal DrgCaseRecord(int line, string id, DrgCase? @case, ImmutableArray<Issue> issues, string? expectedMdc, string? expectedAdrg, string? expectedDrg,
        ImmutableArray<string> fields = default)
    {
        Fields = fields.IsDefault ? ImmutableArray<string>.Empty : fields;
        Line = line;
        Id = id;
        Case = @case;
        Issues = issues;
        ExpectedMdc = expectedMdc;
        ExpectedAdrg = expectedAdrg;
        ExpectedDrg = expectedDrg;
    }

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>The row's id column.</summary>
    public string Id { get; }

    /// <summary>The case, or <see langword="null"/> when the row could not be read (see <see cref="Issues"/>).</summary>
    public DrgCase? Case { get; }

    /// <summary>Problems of the row itself (a number that is not a number); empty when none.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The expected MDC of a conformance file, or <see langword="null"/> when the file has no such column.</summary>
    public string? ExpectedMdc { get; }

    /// <summary>The expected ADRG, or <see langword="null"/>.</summary>
    public string? ExpectedAdrg { get; }

    /// <summary>The expected DRG (<c>0000</c> for ungroupable), or <see langword="null"/>.</summary>
    public string? ExpectedDrg { get; }

    /// <summary>
    /// The row's fields as read, in the order of <see cref="DrgCaseCsvReader.Header"/>, when the reader was opened to keep them
    /// (<see cref="DrgCaseCsvReader.Open(System.IO.TextReader, string, bool)"/>); otherwise empty.
    /// </summary>
    public ImmutableArray<string> Fields { get; }
}
