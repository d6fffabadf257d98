using MedPay.Rules.Payment;

namespace MedPay.Rules.Cli;

/// <summary>The <c>--fund</c> value of <c>medpay pay</c> and <c>medpay report</c>: the fund of rows without a <c>fund</c> column.</summary>
internal static class FundOption
{
    /// <summary>Reads <paramref name="text"/> (employee | resident); on anything else prints the valid choices and returns false.</summary>
    public static bool TryParse(string text, out InsuredFund fund)
    {
        switch (text.ToLowerInvariant())
        {
            case "employee": fund = InsuredFund.Employee; return true;
            case "resident": fund = InsuredFund.Resident; return true;
            default:
                fund = default;
                Console2.Error($"险种 {text} 无法识别（可用：employee、resident）", $"unknown fund {text}: expected employee | resident");
                return false;
        }
    }
}
