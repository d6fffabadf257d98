namespace MedPay.Rules.Drg.Conditions;

/// <summary>One token of a condition's text, with its position (0-based, end exclusive) for error messages.</summary>
internal readonly struct ConditionToken
{
    public ConditionToken(ConditionTokenKind kind, string text, int start, int end)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
    }

    public ConditionTokenKind Kind { get; }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == ConditionTokenKind.Symbol && Text == symbol;
}
