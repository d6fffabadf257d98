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
        try
        {
            // Exceptions reach this method (not System.CommandLine's handler) so that a failed write to standard output — a full
            // disk behind `> file`, /dev/full — exits with the output-error code and one clear line, never a stack trace.
            var exit = root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            Console.Out.Flush();
            return exit;
        }
        catch (IOException e)
        {
            try
            {
                Console2.Error("无法写入输出（标准输出）", $"cannot write the output (standard output): {e.Message}");
            }
            catch (IOException)
            {
                // stderr is gone too: the exit code is all that is left
            }

            return ExitCodes.CannotWrite;
        }
    }
}
