namespace MedPay.Rules.Drg.Conditions;

/// <summary>A condition that does not parse: the 1-based character position, what was expected and what was found.</summary>
internal sealed class ConditionSyntaxException : Exception
{
    public ConditionSyntaxException(int position, string expected, string found)
        : base($"at character {position}: expected {expected}, found {found}")
    {
        Position = position;
        Expected = expected;
        Found = found;
    }

    public int Position { get; }

    public string Expected { get; }

    public string Found { get; }
}
