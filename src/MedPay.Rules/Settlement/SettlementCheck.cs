namespace MedPay.Rules.Settlement;

/// <summary>The implementation of one list rule: reads the context and reports findings through it.</summary>
/// <param name="context">The list being validated, its derived facts and the finding sink.</param>
internal delegate void SettlementCheck(SettlementCheckContext context);
