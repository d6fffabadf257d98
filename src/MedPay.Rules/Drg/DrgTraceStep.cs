namespace MedPay.Rules.Drg;

/// <summary>One scheme row tried while grouping a case: which row, whether its condition held, and the atom that decided.</summary>
public sealed class DrgTraceStep
{
    internal DrgTraceStep(DrgTraceLevel level, string code, int seq, string condition, bool matched, string decidingAtom)
    {
        Level = level;
        Code = code;
        Seq = seq;
        Condition = condition;
        Matched = matched;
        DecidingAtom = decidingAtom;
    }

    /// <summary>The level of the row.</summary>
    public DrgTraceLevel Level { get; }

    /// <summary>The MDC, ADRG or DRG code of the row.</summary>
    public string Code { get; }

    /// <summary>The row's <c>seq</c>.</summary>
    public int Seq { get; }

    /// <summary>The row's condition as written.</summary>
    public string Condition { get; }

    /// <summary>Whether the condition held.</summary>
    public bool Matched { get; }

    /// <summary>The atom of the condition whose value decided the outcome (short-circuit order), as written.</summary>
    public string DecidingAtom { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Level} {Code}#{Seq} {(Matched ? "matched" : "failed")} by [{DecidingAtom}]";
}
