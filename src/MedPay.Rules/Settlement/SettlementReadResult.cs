using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>Settlement lists read from a file, with the problems met while reading.</summary>
public sealed class SettlementReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="lists">The lists read, in input order.</param>
    /// <param name="issues">Problems met, each located by line (JSON lines and CSV) or list index.</param>
    public SettlementReadResult(ImmutableArray<SettlementList> lists, ImmutableArray<Issue> issues)
    {
        Lists = lists;
        Issues = issues;
    }

    /// <summary>The lists read, in input order.</summary>
    public ImmutableArray<SettlementList> Lists { get; }

    /// <summary>Problems met while reading.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether an error-level reading problem occurred (some input could not be read).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}
