namespace MedPay.Rules.Drg;

/// <summary>One row of <c>adrg.csv</c>: an entry rule of an ADRG inside an MDC, tried at its own <see cref="Seq"/>.</summary>
public sealed class AdrgRule
{
    internal AdrgRule(string mdc, int seq, string adrg, string condition, int line)
    {
        Mdc = mdc;
        Seq = seq;
        Adrg = adrg;
        Condition = condition;
        Line = line;
    }

    /// <summary>The MDC whose ADRG rows this row belongs to.</summary>
    public string Mdc { get; }

    /// <summary>The order within the MDC.</summary>
    public int Seq { get; }

    /// <summary>The ADRG code this rule leads to.</summary>
    public string Adrg { get; }

    /// <summary>The condition as written.</summary>
    public string Condition { get; }

    /// <summary>The line of <c>adrg.csv</c> the rule comes from.</summary>
    public int Line { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Mdc}/{Seq} {Adrg}: {Condition}";
}
