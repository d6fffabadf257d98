using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg;

/// <summary>
/// The result of grouping one case: status, MDC, ADRG and DRG (with names), the issues found in the input, the optional trace,
/// and the scheme that produced it. A small immutable value: grouping with trace off allocates nothing for it.
/// </summary>
public readonly struct DrgResult
{
    /// <summary>The DRG code written for ungroupable cases.</summary>
    public const string UngroupableCode = "0000";

    internal DrgResult(RulePackIdentity scheme, DrgGroupingStatus status, MdcDefinition? mdc, AdrgDefinition? adrg, DrgDefinition? drg, ImmutableArray<Issue> issues, DrgTrace? trace)
    {
        Scheme = scheme;
        _status = status;
        Mdc = mdc;
        Adrg = adrg;
        Drg = drg;
        _issues = issues;
        Trace = trace;
    }

    private readonly ImmutableArray<Issue> _issues;
    private readonly DrgGroupingStatus _status;

    /// <summary>The scheme (rule pack id, version and content hash) that produced the result.</summary>
    public RulePackIdentity Scheme { get; }

    /// <summary>
    /// The outcome. A <see langword="default"/> result (never produced by a grouper, e.g. an unfilled slot of a buffer) reports
    /// <see cref="DrgGroupingStatus.InvalidInput"/>, not <see cref="DrgGroupingStatus.Grouped"/> (the enum's zero value).
    /// </summary>
    public DrgGroupingStatus Status => Scheme is null ? DrgGroupingStatus.InvalidInput : _status;

    /// <summary>The MDC, when one was decided.</summary>
    public MdcDefinition? Mdc { get; }

    /// <summary>The ADRG, when one was decided.</summary>
    public AdrgDefinition? Adrg { get; }

    /// <summary>The DRG, when the case is grouped.</summary>
    public DrgDefinition? Drg { get; }

    /// <summary>Issues found in the input (unknown or folded codes, removed duplicates, inconsistent ages…); empty when none.</summary>
    public ImmutableArray<Issue> Issues => _issues.IsDefault ? ImmutableArray<Issue>.Empty : _issues;

    /// <summary>The trace, when it was asked for.</summary>
    public DrgTrace? Trace { get; }

    /// <summary>Whether the case has a DRG (status grouped or ambiguous, with a DRG); false for a <see langword="default"/> result.</summary>
    public bool IsGrouped => Status is DrgGroupingStatus.Grouped or DrgGroupingStatus.Ambiguous && Drg is not null;

    /// <summary>The MDC code, or the empty string.</summary>
    public string MdcCode => Mdc?.Code ?? string.Empty;

    /// <summary>The ADRG code, or the empty string.</summary>
    public string AdrgCode => Adrg?.Code ?? string.Empty;

    /// <summary>The DRG code; <c>0000</c> when the case is not grouped.</summary>
    public string DrgCode => IsGrouped && Drg is not null ? Drg.Code : UngroupableCode;

    /// <inheritdoc />
    public override string ToString() => $"{Status} {MdcCode}/{AdrgCode}/{DrgCode}";
}
