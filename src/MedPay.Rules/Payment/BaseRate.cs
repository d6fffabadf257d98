namespace MedPay.Rules.Payment;

/// <summary>One row of <c>base_rates.csv</c>: the money one unit of weight buys (费率) for a fund and hospital grade (rate method, domain-primer §2.2).</summary>
public sealed class BaseRate
{
    /// <summary>Creates a rate row.</summary>
    /// <param name="fund">The fund, or <see cref="InsuredFund.Unspecified"/> for every fund (<c>*</c>).</param>
    /// <param name="grade">The hospital grade, or <c>*</c>.</param>
    /// <param name="rate">Yuan per unit of weight.</param>
    /// <param name="line">The line of <c>base_rates.csv</c>.</param>
    public BaseRate(InsuredFund fund, string grade, decimal rate, int line = 0)
    {
        Fund = fund;
        Grade = grade ?? "*";
        Rate = rate;
        Line = line;
    }

    /// <summary>The fund, <see cref="InsuredFund.Unspecified"/> meaning every fund.</summary>
    public InsuredFund Fund { get; }

    /// <summary>The hospital grade, or <c>*</c>.</summary>
    public string Grade { get; }

    /// <summary>Yuan per unit of weight.</summary>
    public decimal Rate { get; }

    /// <summary>The line of <c>base_rates.csv</c>, 0 when not from a file.</summary>
    public int Line { get; }
}
