using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>The explanation of one grouping: every scheme row tried in order, and the CC/MCC findings of the other diagnoses.</summary>
public sealed class DrgTrace
{
    internal DrgTrace(ImmutableArray<string> diagnoses, ImmutableArray<string> procedures, ImmutableArray<DrgTraceStep> steps, ImmutableArray<ComplicationFinding> complications)
    {
        Diagnoses = diagnoses;
        Procedures = procedures;
        Steps = steps;
        Complications = complications;
    }

    /// <summary>The diagnosis codes as the grouper read them (after folding, mapping and removal of duplicates); first is main.</summary>
    public ImmutableArray<string> Diagnoses { get; }

    /// <summary>The procedure codes as the grouper read them; first is main.</summary>
    public ImmutableArray<string> Procedures { get; }

    /// <summary>The rows tried, in order.</summary>
    public ImmutableArray<DrgTraceStep> Steps { get; }

    /// <summary>Every other diagnosis on the CC/MCC list, counted or excluded.</summary>
    public ImmutableArray<ComplicationFinding> Complications { get; }
}
