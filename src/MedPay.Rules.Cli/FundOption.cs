using MedPay.Rules.Payment;

namespace MedPay.Rules.Cli;

/// <summary>The <c>--fund</c> value of <c>medpay pay</c> and <c>medpay report</c>: the fund of rows without a <c>fund</c> column.</summary>
internal static class FundOption
{
    private static readonly OptionChoices.Choice[] Funds =
    {
        new("employee", new LocalizedText("职工医保", "employee insurance")), new("resident", new LocalizedText("居民医保", "resident insurance")),
    };

    /// <summary>Reads <paramref name="text"/> (employee | resident); on anything else prints the valid choices and returns false.</summary>
    public static bool TryParse(string text, out InsuredFund fund)
    {
        fund = string.Equals(text, "resident", StringComparison.OrdinalIgnoreCase) ? InsuredFund.Resident : InsuredFund.Employee;
        return OptionChoices.Check("--fund", text, new LocalizedText("险种", "a fund"), Funds);
    }
}
