using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>One rule of the settlement-list catalogue, as data: id, severity, the fields it reads, message, fix and source.</summary>
public sealed class SettlementRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule id, e.g. <c>RQ-01</c>.</param>
    /// <param name="scope">Whether the rule looks at one list or at a batch.</param>
    /// <param name="severity">Error for rejection-level rules, Warning for quality-control findings, Info when downgraded.</param>
    /// <param name="groupingRelevant">Whether a finding can change the DRG/DIP result.</param>
    /// <param name="fields">The field paths the rule reads (<c>node.field</c>).</param>
    /// <param name="message">The message templates; <c>{0}</c> receives the finding's detail.</param>
    /// <param name="fix">The suggested fix.</param>
    /// <param name="source">The source keys (docs/settlement-validation.md §1).</param>
    /// <param name="kind">How the rule is implemented.</param>
    /// <param name="target">For region-added rules: the field path or code ranges the rule checks.</param>
    /// <param name="origin">The id of the pack that defined or last changed the rule.</param>
    /// <param name="otherSeverity">For rules that grade the main diagnosis and the other diagnoses differently (SX-01, SX-02):
    /// the severity of a finding on an other diagnosis; <see langword="null"/> means the same as <paramref name="severity"/>.</param>
    public SettlementRule(string id, SettlementRuleScope scope, IssueSeverity severity, bool groupingRelevant, ImmutableArray<string> fields,
        LocalizedText message, LocalizedText fix, string source, SettlementRuleKind kind = SettlementRuleKind.Builtin, string? target = null, string origin = "settlement-national",
        IssueSeverity? otherSeverity = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Code = "SL_" + id.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
        Scope = scope;
        Severity = severity;
        OtherSeverity = otherSeverity ?? severity;
        GroupingRelevant = groupingRelevant;
        Fields = fields.IsDefault ? ImmutableArray<string>.Empty : fields;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Fix = fix ?? throw new ArgumentNullException(nameof(fix));
        Source = source ?? string.Empty;
        Kind = kind;
        Target = target;
        Origin = origin;
        Definition = new IssueDefinition(Code, severity, message.Zh, message.En);
    }

    /// <summary>The rule id, e.g. <c>RQ-01</c>.</summary>
    public string Id { get; }

    /// <summary>The stable issue code, <c>SL_</c> + the id in upper snake case (e.g. <c>SL_RQ_01</c>).</summary>
    public string Code { get; }

    /// <summary>Whether the rule looks at one list or at a batch.</summary>
    public SettlementRuleScope Scope { get; }

    /// <summary>The severity: Error means the platform or the grouper rejects the list. For rules that grade the main
    /// diagnosis and the other diagnoses differently, the severity of a finding on the main diagnosis.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>The severity of a finding on an other (not the main) diagnosis: <see cref="Severity"/> except for rules whose
    /// pack row gives an <c>other_severity</c> (SX-01, SX-02: reject when main, warning otherwise).</summary>
    public IssueSeverity OtherSeverity { get; }

    /// <summary>Whether the rule grades findings on other diagnoses differently from the main diagnosis.</summary>
    public bool HasOtherSeverity => OtherSeverity != Severity;

    /// <summary>Whether a finding can change the DRG/DIP result.</summary>
    public bool GroupingRelevant { get; }

    /// <summary>The field paths the rule reads.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>The message templates.</summary>
    public LocalizedText Message { get; }

    /// <summary>The suggested fix.</summary>
    public LocalizedText Fix { get; }

    /// <summary>The source keys.</summary>
    public string Source { get; }

    /// <summary>How the rule is implemented.</summary>
    public SettlementRuleKind Kind { get; }

    /// <summary>For region-added rules: what the rule checks.</summary>
    public string? Target { get; }

    /// <summary>The pack that defined or last changed the rule.</summary>
    public string Origin { get; }

    /// <summary>The rule as an issue definition (code, severity, message templates).</summary>
    public IssueDefinition Definition { get; }

    /// <summary>A copy with another severity, for the main and the other diagnoses alike.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="origin">The pack making the change.</param>
    /// <returns>The changed rule.</returns>
    public SettlementRule WithSeverity(IssueSeverity severity, string origin) =>
        new(Id, Scope, severity, GroupingRelevant, Fields, Message, Fix, Source, Kind, Target, origin);

    /// <summary>A copy with another severity for the main diagnosis and another for the other diagnoses.</summary>
    /// <param name="severity">The severity (main diagnosis).</param>
    /// <param name="otherSeverity">The severity of findings on other diagnoses.</param>
    /// <param name="origin">The pack making the change.</param>
    /// <returns>The changed rule.</returns>
    public SettlementRule WithSeverities(IssueSeverity severity, IssueSeverity otherSeverity, string origin) =>
        new(Id, Scope, severity, GroupingRelevant, Fields, Message, Fix, Source, Kind, Target, origin, otherSeverity);

    /// <inheritdoc />
    public override string ToString() => Id + " (" + Severity + (HasOtherSeverity ? "/" + OtherSeverity + " other" : string.Empty) + (GroupingRelevant ? ", grouping" : string.Empty) + "): " + Message.En;
}
