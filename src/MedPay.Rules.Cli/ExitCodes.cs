namespace MedPay.Rules.Cli;

/// <summary>The exit codes of <c>medpay</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The job ran.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong (System.CommandLine's own code for parse errors).</summary>
    public const int Usage = 1;

    /// <summary>The rule pack cannot be read or has errors.</summary>
    public const int BadRulePack = 2;

    /// <summary>An input file cannot be read or lacks required columns.</summary>
    public const int BadInput = 3;

    /// <summary>An output file cannot be written.</summary>
    public const int CannotWrite = 4;

    /// <summary>The job ran and found problems (a rules check with errors, a validation with rejections).</summary>
    public const int Findings = 5;
}
