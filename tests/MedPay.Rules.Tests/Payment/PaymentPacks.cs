using MedPay.Rules.Payment;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>The embedded example pack and small in-memory packs for the payment tests.</summary>
internal static class PaymentPacks
{
    public static readonly PaymentParameters Example = PaymentParameters.LoadDefault();

    public static readonly DrgPaymentEngine Engine = new(Example);

    public const string Weights = "drg,name,weight,average_cost,average_los,risk_tier\nHC25,胆囊切除,1.6500,16500.00,7,low\nAH29,呼吸机,9.0000,90000.00,20,high\nBV39,头痛,0.4800,4800.00,5,low\n";

    /// <summary>A pack from texts; files left null are omitted, and weights default to three rows of the example.</summary>
    public static RulePack Memory(string? rates = "fund,grade,rate\n*,*,10000\n", string? weights = Weights, string? coefficients = null, string? outliers = null, string? parameters = null)
    {
        var files = new Dictionary<string, string> { ["pack.json"] = "{\"id\":\"memory-payment\",\"version\":\"1\",\"format\":\"drg-payment/1\"}" };
        if (weights is not null) files["weights.csv"] = weights;
        if (rates is not null) files["base_rates.csv"] = rates;
        if (coefficients is not null) files["coefficients.csv"] = coefficients;
        if (outliers is not null) files["outliers.csv"] = outliers;
        if (parameters is not null) files["parameters.csv"] = parameters;
        return RulePack.FromTexts(files);
    }

    public static DrgPaymentEngine EngineOf(RulePack pack) => new(PaymentParameters.Load(pack));

    public static PaymentCase Case(string drg, decimal cost, decimal personal = 0m, string grade = "3", InsuredFund fund = InsuredFund.Employee, int los = 7, uint addOns = 0,
        string? hospital = null, string? department = null, bool died = false) => new()
    {
        DrgCode = drg, TotalCost = cost, PersonalPayment = personal, Grade = grade, Fund = fund, LengthOfStay = los, AddOns = addOns,
        Hospital = hospital, Department = department, Died = died,
        GroupingStatus = drg == "0000" ? MedPay.Rules.Drg.DrgGroupingStatus.Ungroupable : MedPay.Rules.Drg.DrgGroupingStatus.Grouped,
    };
}
