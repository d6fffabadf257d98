using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>The simulation of a year under candidate parameters: every case paid, then summed per hospital (the insurer's budget view).</summary>
public sealed class PaymentSimulation
{
    private PaymentSimulation(PaymentParameters parameters, ImmutableArray<HospitalYearResult> hospitals)
    {
        Parameters = parameters;
        Hospitals = hospitals;
        TotalPayment = hospitals.Sum(h => h.DrgPaymentTotal);
        TotalFundShare = hospitals.Sum(h => h.FundShareTotal);
        TotalCost = hospitals.Sum(h => h.FeeForItemTotal);
    }

    /// <summary>The candidate parameters.</summary>
    public PaymentParameters Parameters { get; }

    /// <summary>Per hospital.</summary>
    public ImmutableArray<HospitalYearResult> Hospitals { get; }

    /// <summary>Σ payment over all hospitals.</summary>
    public decimal TotalPayment { get; }

    /// <summary>Σ fund share over all hospitals.</summary>
    public decimal TotalFundShare { get; }

    /// <summary>Σ total cost over all hospitals (fee-for-item total).</summary>
    public decimal TotalCost { get; }

    /// <summary>Pays a year's cases with candidate parameters.</summary>
    /// <param name="candidate">The candidate parameters.</param>
    /// <param name="cases">The year's cases.</param>
    /// <returns>The simulation.</returns>
    public static PaymentSimulation Run(PaymentParameters candidate, IReadOnlyList<PaymentCase> cases)
    {
        if (candidate is null) throw new ArgumentNullException(nameof(candidate));
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        var engine = new DrgPaymentEngine(candidate);
        var payments = new CasePayment[cases.Count];
        for (var i = 0; i < cases.Count; i++) payments[i] = engine.Pay(cases[i]);
        return new PaymentSimulation(candidate, HospitalYearResult.Compute(cases, payments, candidate.Policy));
    }
}
