using System.Collections.Immutable;

namespace MedPay.Rules.Workbooks;

/// <summary>What an <see cref="IWorkbookReader"/> gives back: the workbook when it could be read, and every issue found.</summary>
public sealed class WorkbookReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="workbook">The workbook, or <see langword="null"/> when it could not be read.</param>
    /// <param name="issues">The issues found.</param>
    public WorkbookReadResult(Workbook? workbook, ImmutableArray<Issue> issues)
    {
        Workbook = workbook;
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
    }

    /// <summary>The workbook, or <see langword="null"/>.</summary>
    public Workbook? Workbook { get; }

    /// <summary>The issues found.</summary>
    public ImmutableArray<Issue> Issues { get; }
}
