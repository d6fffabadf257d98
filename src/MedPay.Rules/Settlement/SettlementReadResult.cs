using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>Settlement lists read from a file, with the problems met while reading.</summary>
public sealed class SettlementReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="lists">The lists read, in input order.</param>
    /// <param name="issues">Problems met, each located by line (JSON lines and CSV) or list index.</param>
    public SettlementReadResult(ImmutableArray<SettlementList> lists, ImmutableArray<Issue> issues)
        : this(lists, issues, 0)
    {
    }

    /// <summary>Creates a result that counts the lists that could not be read.</summary>
    /// <param name="lists">The lists read, in input order.</param>
    /// <param name="issues">Problems met, each located by line (JSON lines and CSV) or list index.</param>
    /// <param name="unreadable">How many lists of the input could not be read at all (a JSON line or array element that is not a list).</param>
    public SettlementReadResult(ImmutableArray<SettlementList> lists, ImmutableArray<Issue> issues, int unreadable)
    {
        if (unreadable < 0) throw new ArgumentOutOfRangeException(nameof(unreadable));
        Lists = lists.IsDefault ? ImmutableArray<SettlementList>.Empty : lists;
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
        Unreadable = unreadable;
    }

    /// <summary>The lists read, in input order.</summary>
    public ImmutableArray<SettlementList> Lists { get; }

    /// <summary>Problems met while reading.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>
    /// How many lists of the input could not be read at all: a JSON line, an array element or a whole document that gave no list (each
    /// has an error in <see cref="Issues"/>). They are not in <see cref="Lists"/>; <see cref="SettlementValidator.ValidateAll(SettlementReadResult, bool)"/>
    /// counts them as rejected, so a file with an unreadable line never reports "0 rejected".
    /// </summary>
    public int Unreadable { get; }

    /// <summary>Whether an error-level reading problem occurred (some input could not be read).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>Collects the items of a streaming read into the result the whole-text readers return (an item that voids the items before it starts the result afresh).</summary>
    /// <param name="items">The items, in input order.</param>
    /// <returns>The lists, the problems met and the count of unreadable lists.</returns>
    public static SettlementReadResult FromItems(IEnumerable<SettlementReadItem> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        var lists = ImmutableArray.CreateBuilder<SettlementList>();
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var unreadable = 0;
        foreach (var item in items)
        {
            if (item.VoidsEarlierItems)
            {
                lists.Clear();
                issues.Clear();
                unreadable = 0;
            }

            issues.AddRange(item.Issues);
            if (item.List is not null) lists.Add(item.List);
            if (item.IsUnreadable) unreadable++;
        }

        return new SettlementReadResult(lists.ToImmutable(), issues.ToImmutable(), unreadable);
    }
}
