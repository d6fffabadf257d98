namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The one shape both condition languages share: an operand, then any number of "keyword operand" (the <c>and</c> and <c>or</c>
/// levels of <see cref="ConditionParser"/> and <see cref="WorkbookRuleParser"/>). Used at load only.
/// </summary>
internal static class ConditionChain
{
    /// <summary>Parses <c>operand (keyword operand)*</c>: the operand alone, or the node <paramref name="make"/> builds of them all.</summary>
    public static Condition Parse(Func<Condition> operand, Func<bool> atKeyword, Action skipKeyword, Func<Condition[], Condition> make)
    {
        var first = operand();
        if (!atKeyword()) return first;
        var operands = new List<Condition> { first };
        while (atKeyword())
        {
            skipKeyword();
            operands.Add(operand());
        }

        return make(operands.ToArray());
    }
}
