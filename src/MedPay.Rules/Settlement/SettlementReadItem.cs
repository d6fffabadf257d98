using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>
/// One step of a streaming read (<see cref="SettlementJson.ReadStream"/>, <see cref="SettlementCsv.ReadStream"/>): a list with the
/// problems met reading it, a list of the input that could not be read (with its error), or problems of the input as a whole (a CSV
/// header's). Collected in order, the items are what the whole-text readers return.
/// </summary>
public sealed class SettlementReadItem
{
    private SettlementReadItem(SettlementList? list, ImmutableArray<Issue> issues, bool unreadable, bool voidsEarlier)
    {
        List = list;
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
        IsUnreadable = unreadable;
        VoidsEarlierItems = voidsEarlier;
    }

    /// <summary>The list read, or <see langword="null"/> for an unreadable list or an item of issues only.</summary>
    public SettlementList? List { get; }

    /// <summary>The problems met reading this item (warnings for a list read; the error for an unreadable one).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether this item is a list of the input that could not be read at all (counted in <see cref="SettlementReadResult.Unreadable"/>).</summary>
    public bool IsUnreadable { get; }

    /// <summary>
    /// Whether this item voids every item before it: a JSON array whose text is not valid JSON further on is one unreadable
    /// document, as a parser of the whole text reports it (its elements read before the break are not lists of the input). Always
    /// an unreadable item, and the last one of its read.
    /// </summary>
    public bool VoidsEarlierItems { get; }

    /// <summary>An item of a list in hand (read elsewhere, or built in code), with no problem.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The item.</returns>
    public static SettlementReadItem FromList(SettlementList list) => new(list ?? throw new ArgumentNullException(nameof(list)), ImmutableArray<Issue>.Empty, false, false);

    /// <summary>A list read, with the problems met.</summary>
    internal static SettlementReadItem Read(SettlementList list, ImmutableArray<Issue> issues) => new(list, issues, false, false);

    /// <summary>A list of the input that could not be read.</summary>
    internal static SettlementReadItem Unreadable(Issue error, bool voidsEarlier = false) => new(null, ImmutableArray.Create(error), true, voidsEarlier);

    /// <summary>A list of the input that could not be read, with the problems met before it gave up.</summary>
    internal static SettlementReadItem Unreadable(ImmutableArray<Issue> issues) => new(null, issues, true, false);

    /// <summary>Problems of the input as a whole.</summary>
    internal static SettlementReadItem Problems(ImmutableArray<Issue> issues) => new(null, issues, false, false);

    /// <inheritdoc />
    public override string ToString() =>
        (List is not null ? List.ToString() : IsUnreadable ? "unreadable list" : "input problems") + (Issues.IsEmpty ? string.Empty : ", " + Issues.Length + " issue(s)");
}
