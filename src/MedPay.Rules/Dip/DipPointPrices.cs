namespace MedPay.Rules.Dip;

/// <summary>The point value (点值, yuan per score point) a case is paid with, optionally priced separately for employee and resident funds.</summary>
public sealed class DipPointPrices
{
    /// <summary>Creates the prices.</summary>
    /// <param name="defaultValue">The point value for cases of any fund without its own price.</param>
    /// <param name="employee">The employee fund's point value, or <see langword="null"/> to use the default.</param>
    /// <param name="resident">The resident fund's point value, or <see langword="null"/> to use the default.</param>
    public DipPointPrices(decimal defaultValue, decimal? employee = null, decimal? resident = null)
    {
        Default = defaultValue;
        Employee = employee;
        Resident = resident;
    }

    /// <summary>The default point value.</summary>
    public decimal Default { get; }

    /// <summary>The employee fund's point value, if priced separately.</summary>
    public decimal? Employee { get; }

    /// <summary>The resident fund's point value, if priced separately.</summary>
    public decimal? Resident { get; }

    /// <summary>The point value for a fund.</summary>
    /// <param name="fund">The fund.</param>
    /// <returns>The point value.</returns>
    public decimal For(DipFund fund) => fund switch
    {
        DipFund.Employee => Employee ?? Default,
        DipFund.Resident => Resident ?? Default,
        _ => Default,
    };
}
