namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// A front end of the condition tree: the folder layout's condition language (<see cref="ConditionParser"/>) or the official
/// workbook's rule language (<see cref="WorkbookRuleParser"/>). Both compile text once, at load, into the same node types.
/// </summary>
internal interface IConditionLanguage
{
    /// <summary>The language's name in messages, e.g. <c>drg-scheme-tables condition</c>.</summary>
    string Name { get; }

    /// <summary>Compiles a condition; throws <see cref="ConditionSyntaxException"/> when it does not parse.</summary>
    Condition Parse(string text, IConditionBinder binder);
}
