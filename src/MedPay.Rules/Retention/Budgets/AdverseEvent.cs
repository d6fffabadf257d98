namespace MedPay.Rules.Retention.Budgets;

/// <summary>An adverse event whose cost is split between the alliance's risk fund, the upper hospital and the primary institution.</summary>
/// <param name="Id">The event id.</param>
/// <param name="Primary">The primary institution involved.</param>
/// <param name="Upper">The upper hospital involved.</param>
/// <param name="Cause">The cause, naming the share rule <c>liability_&lt;cause&gt;</c> (e.g. <c>primary_capability</c>, <c>referral_guidance</c>).</param>
/// <param name="Amount">The cost to split, in yuan.</param>
public sealed record AdverseEvent(string Id, string Primary, string Upper, string Cause, decimal Amount);
