using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// The year-end outcome of one line (hospital, department, group or alliance): the surplus and what is retained of it, the overspend and who
/// bears it, the staff pool, and every step of the computation. Amounts are yuan rounded to the fen.
/// </summary>
public sealed record RetentionOutcome
{
    /// <summary>The line's id.</summary>
    public required string Id { get; init; }

    /// <summary>The line's name.</summary>
    public required string Name { get; init; }

    /// <summary>The quality grade applied, or <see langword="null"/>.</summary>
    public string? Grade { get; init; }

    /// <summary>The DRG/DIP payment total as given.</summary>
    public decimal Payment { get; init; }

    /// <summary>The payment after the grade's coefficient (equal to <see cref="Payment"/> unless the policy applies the coefficient).</summary>
    public decimal AdjustedPayment { get; init; }

    /// <summary>The fee-for-item total.</summary>
    public decimal FeeForItem { get; init; }

    /// <summary>Adjusted payment − fee-for-item: positive a surplus (结余), negative an overspend (超支).</summary>
    public decimal Margin => AdjustedPayment - FeeForItem;

    /// <summary>The surplus (0 when overspent).</summary>
    public decimal Surplus { get; init; }

    /// <summary>The part of the surplus the hospital keeps (结余留用).</summary>
    public decimal Retained { get; init; }

    /// <summary>The part of the surplus the fund keeps: <see cref="Surplus"/> − <see cref="Retained"/>.</summary>
    public decimal SurplusToFund { get; init; }

    /// <summary>The overspend (0 when in surplus).</summary>
    public decimal Overspend { get; init; }

    /// <summary>The unreasonable part of the overspend, borne wholly by the hospital.</summary>
    public decimal Disallowed { get; init; }

    /// <summary>The part of the overspend the fund bears (合理超支分担).</summary>
    public decimal FundBorne { get; init; }

    /// <summary>The part of the overspend the hospital bears: <see cref="Overspend"/> − <see cref="FundBorne"/>.</summary>
    public decimal HospitalBorne { get; init; }

    /// <summary>The part of the retained surplus earmarked for staff rewards.</summary>
    public decimal StaffPool { get; init; }

    /// <summary>The rest of the retained surplus, for the hospital's development: <see cref="Retained"/> − <see cref="StaffPool"/>.</summary>
    public decimal DevelopmentFund => Retained - StaffPool;

    /// <summary>For a department: the share of its surplus paid into its performance pay; otherwise <see langword="null"/>.</summary>
    public decimal? DepartmentPerformancePay { get; init; }

    /// <summary>For a department: the share of its overspend it bears; otherwise <see langword="null"/>.</summary>
    public decimal? DepartmentBorne { get; init; }

    /// <summary>What the fund pays in the end: adjusted payment − surplus to fund + fund-borne overspend.</summary>
    public decimal FundOutlay => AdjustedPayment - SurplusToFund + FundBorne;

    /// <summary>The retention targets checked (all must be met for any retention).</summary>
    public ImmutableArray<TargetCheck> Checks { get; init; } = ImmutableArray<TargetCheck>.Empty;

    /// <summary>Every step of the computation, in order.</summary>
    public ImmutableArray<RetentionStep> Steps { get; init; } = ImmutableArray<RetentionStep>.Empty;

    /// <summary>
    /// Whether the amounts reconcile: retained + surplus to fund = surplus; fund-borne + hospital-borne = overspend; and the fund's outlay −
    /// the fee-for-item total = retained − hospital-borne (the hospital's net result).
    /// </summary>
    public bool Reconciles =>
        Retained + SurplusToFund == Surplus && FundBorne + HospitalBorne == Overspend && FundOutlay - FeeForItem == Retained - HospitalBorne
        && Surplus - Overspend == Margin;
}
