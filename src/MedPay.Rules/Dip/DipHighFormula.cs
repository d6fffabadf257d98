namespace MedPay.Rules.Dip;

/// <summary>The high-deviation formula (费用偏差高倍率病例), r = cost ÷ reference mean, T = high threshold (domain-primer §3.7).</summary>
public enum DipHighFormula
{
    /// <summary>score × [(r − T) + 1]: the national summary and Node-DIP base (with T = 2).</summary>
    PlusOne = 0,

    /// <summary>score × [(r − T) + hospital coefficient]: Jining (370800) and Tai'an (370900).</summary>
    HospitalCoefficient = 1,
}
