namespace MedPay.Rules.Dip;

/// <summary>How the year-end settlement point value is set (domain-primer §3.8).</summary>
public enum DipPointValueMethod
{
    /// <summary>Floating (浮动点值): point value = distributable budget ÷ total score of the year; payments exhaust the budget.</summary>
    Floating = 0,

    /// <summary>Fixed (固定点值): the pre-set budget point value pays; the difference to the budget is reported (settled by local sharing rules, UNVERIFIED as a national method).</summary>
    Fixed = 1,
}
