namespace MedPay.Rules.Drg.Conditions;

/// <summary>What a token of a condition language is: shared by the folder language and the workbook rule language.</summary>
internal enum ConditionTokenKind
{
    /// <summary>A name: a field, a table, a keyword.</summary>
    Word,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A quoted string (the folder language only).</summary>
    String,

    /// <summary>An operator, a bracket or a comma.</summary>
    Symbol,

    /// <summary>The end of the text.</summary>
    End,
}
