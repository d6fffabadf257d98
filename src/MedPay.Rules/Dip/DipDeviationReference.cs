namespace MedPay.Rules.Dip;

/// <summary>
/// What the cost ratio r of the deviation test (费用偏差判定) is measured against when the case falls in an auxiliary subtype (辅助目录).
/// Cases without a subtype always use the group's reference (mean at the hospital's grade, else the group mean).
/// </summary>
public enum DipDeviationReference
{
    /// <summary>
    /// The subtype's own reference cost (<c>avg_cost</c> of <c>auxiliary.csv</c>) when the catalogue publishes one, else the group's reference
    /// × the subtype coefficient: the coefficient is the subtype's mean ÷ the group's mean (domain-primer §3.4), so the product is the
    /// subtype mean it was derived from. The severity already raises the score; measuring r against the group mean would count it again.
    /// The default.
    /// </summary>
    Subtype = 0,

    /// <summary>The group's reference, whatever the subtype (the reading before this parameter existed: severity counts in the score and in r).</summary>
    Group = 1,
}
