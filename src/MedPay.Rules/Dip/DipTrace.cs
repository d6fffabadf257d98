namespace MedPay.Rules.Dip;

/// <summary>
/// A structured grouping trace: pass one to <see cref="DipEngine.Evaluate"/> to learn which groups were tried, in which stage,
/// and why each matched or not. Grouping without a trace records nothing and allocates nothing. Not thread-safe: one trace per case.
/// </summary>
public sealed class DipTrace
{
    private readonly List<DipTraceEntry> _entries = new();

    /// <summary>The entries in the order they were recorded.</summary>
    public IReadOnlyList<DipTraceEntry> Entries => _entries;

    /// <summary>Records an entry.</summary>
    /// <param name="entry">The entry.</param>
    public void Add(DipTraceEntry entry) => _entries.Add(entry ?? throw new ArgumentNullException(nameof(entry)));

    internal void Add(string stage, string code, bool matched, string zh, string en) => _entries.Add(new DipTraceEntry(stage, code, matched, new LocalizedText(zh, en)));
}
