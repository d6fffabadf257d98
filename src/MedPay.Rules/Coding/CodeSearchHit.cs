namespace MedPay.Rules.Coding;

/// <summary>How a look-up query matched a code; lower values rank first.</summary>
public enum CodeSearchMatch
{
    /// <summary>The query is the code.</summary>
    CodeExact = 0,

    /// <summary>The code begins with the query.</summary>
    CodePrefix = 1,

    /// <summary>The name is the query.</summary>
    NameExact = 2,

    /// <summary>The name begins with the first word of the query and holds every other word.</summary>
    NamePrefix = 3,

    /// <summary>The name holds every word of the query.</summary>
    NameContains = 4,
}

/// <summary>One hit of <see cref="CodeDictionary.Search(string, int)"/>.</summary>
public readonly struct CodeSearchHit
{
    internal CodeSearchHit(CodeEntry entry, CodeSearchMatch match)
    {
        Entry = entry;
        Match = match;
    }

    /// <summary>The dictionary entry.</summary>
    public CodeEntry Entry { get; }

    /// <summary>How it matched.</summary>
    public CodeSearchMatch Match { get; }

    /// <inheritdoc />
    public override string ToString() => Match + " " + Entry;
}
