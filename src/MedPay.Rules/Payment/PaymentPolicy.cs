namespace MedPay.Rules.Payment;

/// <summary>The policy parameters of <c>parameters.csv</c> (<c>name,value[,note]</c>); each defaults as documented when the pack omits it.</summary>
public sealed record PaymentPolicy
{
    /// <summary><c>ungroupable_payment</c>: how cases without a priced DRG are paid (default by item).</summary>
    public UngroupablePayment Ungroupable { get; init; } = UngroupablePayment.FeeForItem;

    /// <summary><c>fee_for_item_los_above</c>: stays longer than this many days are paid by item (null: no such rule).</summary>
    public int? FeeForItemLosAbove { get; init; }

    /// <summary><c>special_review_cap</c>: the share of a hospital's discharges that may go to special-case review (null: no cap).</summary>
    public decimal? SpecialReviewCap { get; init; }

    /// <summary><c>grouping_excluded_los_above</c>: cases with a longer stay leave the grouping-rate denominator (null: none).</summary>
    public int? GroupingExcludedLosAbove { get; init; }

    /// <summary><c>grouping_excluded_cost_below</c>: cases costing less leave the grouping-rate denominator (null: none).</summary>
    public decimal? GroupingExcludedCostBelow { get; init; }

    /// <summary><c>weight_decimals</c>: the decimal places calibration rounds weights to (default 4).</summary>
    public int WeightDecimals { get; init; } = 4;
}
