using System.Collections.Immutable;
using System.Text;

namespace MedPay.Rules.Coding;

/// <summary>
/// The report of normalising one input code against a dictionary: the status, the code it became (when exactly one), every change
/// with its reason code, and the candidates when the input could mean several codes (never a silent pick).
/// </summary>
public sealed class CodeNormalization
{
    internal CodeNormalization(string input, CodeNormalizationStatus status, CodeEntry? entry, ImmutableArray<CodeChange> changes,
        ImmutableArray<CodeEntry> candidates, int candidateCount)
    {
        Input = input;
        Status = status;
        Entry = entry;
        Changes = changes;
        Candidates = candidates;
        CandidateCount = candidateCount;
    }

    /// <summary>The input as given (the empty string for <see langword="null"/>).</summary>
    public string Input { get; }

    /// <summary>The outcome.</summary>
    public CodeNormalizationStatus Status { get; }

    /// <summary>The dictionary entry, when the input resolved to exactly one code.</summary>
    public CodeEntry? Entry { get; }

    /// <summary>The dictionary code, or <see langword="null"/>.</summary>
    public string? Code => Entry?.Code;

    /// <summary>Every change made, in the order the rules ran.</summary>
    public ImmutableArray<CodeChange> Changes { get; }

    /// <summary>For <see cref="CodeNormalizationStatus.Ambiguous"/>: the codes the input could mean (at most <see cref="CodeDictionary.MaxCandidates"/>).</summary>
    public ImmutableArray<CodeEntry> Candidates { get; }

    /// <summary>How many candidates there are in all (may exceed the listed ones).</summary>
    public int CandidateCount { get; }

    /// <summary>Whether the input resolved to one code.</summary>
    public bool IsResolved => Entry is not null;

    /// <summary>The reason codes of the changes, joined with commas (empty when none).</summary>
    public string ReasonCodes => string.Join(",", Changes.Select(c => c.ReasonCode));

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append('\'').Append(Input).Append("' ").Append(Status);
        if (Entry is not null) text.Append(" -> ").Append(Entry.Code);
        foreach (var change in Changes) text.Append("; ").Append(change);
        if (!Candidates.IsEmpty)
        {
            text.Append("; candidates (").Append(CandidateCount).Append("): ").Append(string.Join(" ", Candidates.Select(c => c.Code)));
        }

        return text.ToString();
    }
}
