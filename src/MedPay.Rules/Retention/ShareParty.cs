namespace MedPay.Rules.Retention;

/// <summary>One party of a <see cref="ShareRule"/>: a member level (e.g. <c>primary</c>) or a role (e.g. <c>fund</c>), its share and how its members split it.</summary>
/// <param name="Party">The party: a member level for alliance splits, or any role name for plain splits.</param>
/// <param name="Share">The party's share, in any unit (60 and 40, or 0.6 and 0.4); shares are used in proportion.</param>
/// <param name="Within">How the members of the party split its share.</param>
public sealed record ShareParty(string Party, decimal Share, SplitBasis Within);
