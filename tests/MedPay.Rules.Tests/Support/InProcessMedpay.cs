using MedPay.Rules.Cli;

namespace MedPay.Rules.Tests.Support;

/// <summary>Runs the <c>medpay</c> command line in this process (its <c>Program.Main</c>) with stdout and stderr captured.</summary>
internal static class InProcessMedpay
{
    /// <summary>Runs <c>medpay</c> with <paramref name="args"/> and returns its exit code and what it wrote.</summary>
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
