namespace MedPay.Rules.Payment;

/// <summary>One line of a year-end breakdown (a department or a DRG of one hospital): cases, DRG payment, fee-for-item total and balance.</summary>
public sealed class HospitalYearLine
{
    internal HospitalYearLine(string key, int cases, decimal drgPaymentTotal, decimal feeForItemTotal, decimal fundShareTotal)
    {
        Key = key;
        Cases = cases;
        DrgPaymentTotal = drgPaymentTotal;
        FeeForItemTotal = feeForItemTotal;
        FundShareTotal = fundShareTotal;
    }

    /// <summary>The department or DRG code (<c>-</c> when the cases did not name a department).</summary>
    public string Key { get; }

    /// <summary>The number of paid cases.</summary>
    public int Cases { get; }

    /// <summary>Σ payment under the DRG rules (outliers and excluded cases at their item amount).</summary>
    public decimal DrgPaymentTotal { get; }

    /// <summary>Σ total cost: what fee-for-item payment would have been.</summary>
    public decimal FeeForItemTotal { get; }

    /// <summary>Σ fund share.</summary>
    public decimal FundShareTotal { get; }

    /// <summary>DRG payment − fee-for-item total: positive is a surplus (结余), negative an overspend (超支).</summary>
    public decimal Balance => DrgPaymentTotal - FeeForItemTotal;

    /// <inheritdoc />
    public override string ToString() => $"{Key}: {Cases} cases, DRG {DrgPaymentTotal}, by item {FeeForItemTotal}, balance {Balance}";
}
