namespace MedPay.Rules.Retention.Budgets;

/// <summary>One referred case and the amounts its cost sharing is based on.</summary>
/// <param name="Id">The case or referral id.</param>
/// <param name="From">The referring member.</param>
/// <param name="To">The receiving member.</param>
/// <param name="Direction">Up or down.</param>
/// <param name="GroupCost">For an up-referral: the cost of the case's DRG/DIP group at the upper hospital (the base of the coordination fee).</param>
/// <param name="InsuranceQuota">For a down-referral: the case's insurance quota (the base of the transfer).</param>
public sealed record Referral(string Id, string From, string To, ReferralDirection Direction, decimal GroupCost = 0m, decimal InsuranceQuota = 0m);
