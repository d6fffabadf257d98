using System.CommandLine;
using System.Text;
using MedPay.Rules.Cli.Commands;

namespace MedPay.Rules.Cli;

/// <summary>The <c>medpay</c> command line: a thin shell over the MedPay.Rules public API.</summary>
public static class Program
{
    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("medpay — China medical-insurance payment rules: CHS-DRG and DIP grouping, DRG payment, settlement-list checks, balance retention, rule packs / 医保支付规则工具：DRG/DIP 分组、支付测算、结算清单质控、结余留用、规则包")
        {
            GroupCommand.Create(),
            RulesCommand.Create(),
            DipCommand.Create(),
            PayCommand.Create(),
            ValidateCommand.Create(),
            RetentionCommand.Create(),
            ReportCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
