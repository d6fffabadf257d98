using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>The outcome of loading a scheme: the scheme when it has no errors, and every issue (errors and warnings).</summary>
public sealed class DrgSchemeLoadResult
{
    internal DrgSchemeLoadResult(DrgScheme? scheme, ImmutableArray<Issue> issues)
    {
        Scheme = scheme;
        Issues = issues;
    }

    /// <summary>The scheme, or <see langword="null"/> when loading found errors.</summary>
    public DrgScheme? Scheme { get; }

    /// <summary>Every issue found, in file order.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether the scheme loaded.</summary>
    public bool Succeeded => Scheme is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Issue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>
    /// What loading a workbook pack read and did (sheets, columns, cleanings, reorderings, amendments), whether or not it succeeded;
    /// <see langword="null"/> for a folder pack.
    /// </summary>
    public Workbooks.DrgWorkbookImportReport? ImportReport { get; private set; }

    internal DrgSchemeLoadResult WithReport(Workbooks.DrgWorkbookImportReport report) => new(Scheme, Issues) { ImportReport = report };
}
