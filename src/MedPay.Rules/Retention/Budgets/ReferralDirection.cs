namespace MedPay.Rules.Retention.Budgets;

/// <summary>The direction of a referral inside an alliance.</summary>
public enum ReferralDirection
{
    /// <summary>Up-referral (上转): from a primary institution to an upper hospital.</summary>
    Up,

    /// <summary>Down-referral (下转): from an upper hospital to a primary institution.</summary>
    Down,
}
