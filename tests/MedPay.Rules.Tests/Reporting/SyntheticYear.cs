using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>
/// A made-up hospital year for report tests and the report benchmark (linked into benchmarks/): cases spread over the DRGs of the embedded
/// payment pack that the embedded scheme knows, twelve departments, costs and stays around each DRG's averages with a tail of high and low
/// outliers, about 1% ungroupable and 0.2% invalid-input cases. Deterministic for a seed. No real data.
/// </summary>
internal static class SyntheticYear
{
    private static readonly string[] Departments = { "普外科", "肝胆外科", "心内科", "呼吸内科", "神经内科", "眼科", "耳鼻喉科", "消化内科", "新生儿科", "急诊科", "重症医学科", "骨科" };

    /// <summary>The cases.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="scheme">The scheme (only DRGs it has are used).</param>
    /// <param name="parameters">The payment parameters (weights, averages).</param>
    /// <param name="hospitals">How many hospitals (H-A, H-B, …).</param>
    public static PaymentCase[] Cases(int count, int seed, DrgScheme scheme, PaymentParameters parameters, int hospitals = 1)
    {
        var random = new Random(seed);
        var weights = parameters.Weights.Where(w => scheme.FindDrg(w.Drg) is not null).ToArray();
        var cases = new PaymentCase[count];
        for (var i = 0; i < count; i++)
        {
            var w = weights[(int)Math.Min(weights.Length - 1, Math.Floor(Math.Pow(random.NextDouble(), 1.6) * weights.Length))];
            var roll = random.NextDouble();
            var factor = roll < 0.02 ? 3.2 + random.NextDouble() : roll < 0.05 ? 0.1 + 0.25 * random.NextDouble() : 0.6 + 0.9 * random.NextDouble();
            var status = roll > 0.998 ? DrgGroupingStatus.InvalidInput : roll > 0.988 ? DrgGroupingStatus.Ungroupable : DrgGroupingStatus.Grouped;
            cases[i] = new PaymentCase
            {
                Id = "S" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                DrgCode = status == DrgGroupingStatus.Grouped ? w.Drg : DrgResult.UngroupableCode,
                GroupingStatus = status,
                TotalCost = Math.Round(w.AverageCost * (decimal)factor, 2, MidpointRounding.AwayFromZero),
                PersonalPayment = Math.Round(w.AverageCost * (decimal)(0.1 + 0.1 * random.NextDouble()), 2, MidpointRounding.AwayFromZero),
                Fund = random.Next(3) == 0 ? InsuredFund.Resident : InsuredFund.Employee,
                Grade = "3",
                LengthOfStay = Math.Max(1, (int)Math.Round((double)w.AverageLengthOfStay * (0.5 + random.NextDouble()))),
                Hospital = "H-" + (char)('A' + random.Next(hospitals)),
                Department = Departments[random.Next(Departments.Length)],
                Died = random.NextDouble() < 0.004,
            };
        }

        return cases;
    }

    /// <summary>The payments of the cases with the parameters.</summary>
    public static CasePayment[] Pay(PaymentCase[] cases, PaymentParameters parameters)
    {
        var payments = new CasePayment[cases.Length];
        new DrgPaymentEngine(parameters).PayBatch(cases, payments);
        return payments;
    }
}
