namespace MedPay.Rules.Retention.Budgets;

/// <summary>A member's weight under a share rule and how it was built.</summary>
/// <param name="Member">The member.</param>
/// <param name="Party">The party of the rule the member belongs to, or <see langword="null"/> when its level is not in the rule.</param>
/// <param name="BaseWeight">Party share × the member's part of the party (equal, or by volume, revenue or cost).</param>
/// <param name="Points">Bonus points earned under the rule.</param>
public sealed record MemberWeight(AllianceMember Member, ShareParty? Party, decimal BaseWeight, decimal Points)
{
    /// <summary>Base weight + points.</summary>
    public decimal Weight => BaseWeight + Points;
}
