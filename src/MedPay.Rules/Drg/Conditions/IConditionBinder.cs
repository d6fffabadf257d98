namespace MedPay.Rules.Drg.Conditions;

/// <summary>What the parser needs from the scheme being loaded: tables by name, inline code lists, and a place to report missing tables.</summary>
internal interface IConditionBinder
{
    /// <summary>The table of that name, or <see langword="null"/> (the parser then reports it and goes on with an empty table).</summary>
    CodeTable? FindTable(string name);

    /// <summary>A table made of inline codes.</summary>
    CodeTable InlineTable(IReadOnlyList<string> codes);

    /// <summary>The union of several tables (a workbook target such as <c>{DI_Z02, DI_Z03}</c>); the table itself when there is one.</summary>
    CodeTable UnionTable(IReadOnlyList<CodeTable> tables);

    /// <summary>An empty stand-in for a missing table.</summary>
    CodeTable EmptyTable(string name);

    /// <summary>Reports a table the condition names but the scheme lacks, at a 1-based character position.</summary>
    void MissingTable(string name, int position);
}
