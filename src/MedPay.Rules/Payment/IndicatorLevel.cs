namespace MedPay.Rules.Payment;

/// <summary>What an indicator report groups cases by.</summary>
public enum IndicatorLevel
{
    /// <summary>By hospital.</summary>
    Hospital = 0,

    /// <summary>By hospital and department (<c>hospital/department</c>).</summary>
    Department = 1,

    /// <summary>By DRG (<c>0000</c> for cases without a priced DRG).</summary>
    Drg = 2,
}
