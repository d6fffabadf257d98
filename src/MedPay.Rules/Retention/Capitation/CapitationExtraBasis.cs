namespace MedPay.Rules.Retention.Capitation;

/// <summary>
/// What the extra capitation reward (<c>capitation_extra_reward</c>, P3: "a further 10%" when the HbA1c control rate exceeds 85%) is a share
/// of. P3 names no base for the 10%, so each reading is a value of the pack parameter <c>capitation_extra_basis</c>; docs/retention.md §4
/// gives the worked figure of each.
/// </summary>
public enum CapitationExtraBasis
{
    /// <summary><c>surplus</c> (the default): percentage points of the surplus added to the base share, 50% + 10% = 60% of the surplus.</summary>
    Surplus,

    /// <summary><c>reward</c>: a share of the base reward, 50% × (1 + 10%) = 55% of the surplus.</summary>
    Reward,

    /// <summary><c>prepayment</c>: a share of the capitation prepayment (enrolled × capitation per person), paid on top of the base reward.</summary>
    Prepayment,
}
