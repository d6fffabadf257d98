namespace MedPay.Rules.Settlement;

/// <summary>One problem found in a settlement list: the rule, the field path (e.g. <c>diseinfo[2].diag_code</c>),
/// the offending value, the message and the suggested fix.</summary>
public sealed class SettlementFinding
{
    private LocalizedText? _message;

    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="path">The field path.</param>
    /// <param name="value">The offending value as sent, or <see langword="null"/> when the field is empty.</param>
    /// <param name="detail">The detail placed into the rule's message.</param>
    /// <param name="listIndex">The index of the list in its batch; -1 for a single list.</param>
    /// <param name="severity">The finding's severity; <see langword="null"/> means the rule's <see cref="SettlementRule.Severity"/>
    /// (rules such as SX-01 report an other diagnosis with <see cref="SettlementRule.OtherSeverity"/>).</param>
    public SettlementFinding(SettlementRule rule, string path, string? value, string detail, int listIndex = -1, IssueSeverity? severity = null)
    {
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Severity = severity ?? rule.Severity;
        Path = path ?? string.Empty;
        Value = value;
        Detail = detail ?? string.Empty;
        ListIndex = listIndex;
    }

    /// <summary>The rule that found the problem.</summary>
    public SettlementRule Rule { get; }

    /// <summary>The rule id, e.g. <c>MD-01</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The stable issue code, e.g. <c>SL_MD_01</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>The severity (Error means the list would be rejected): the rule's, or its other-diagnosis severity for a
    /// finding on an other diagnosis of a rule that grades the two differently.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>Whether the problem can change the DRG/DIP result.</summary>
    public bool GroupingRelevant => Rule.GroupingRelevant;

    /// <summary>The field path, e.g. <c>diseinfo[2].diag_code</c>.</summary>
    public string Path { get; }

    /// <summary>The offending value as sent.</summary>
    public string? Value { get; }

    /// <summary>The detail placed into the message.</summary>
    public string Detail { get; }

    /// <summary>The index of the list in its batch; -1 for a single list.</summary>
    public int ListIndex { get; }

    /// <summary>The message in Chinese and English (formatted when first asked for).</summary>
    public LocalizedText Message => _message ??= Rule.Definition.Format(Detail);

    /// <summary>The message, formatted afresh unless already asked for: the report writers use it, so that writing a report of a
    /// million findings does not keep a million messages.</summary>
    internal LocalizedText MessageOnce => _message ?? Rule.Definition.Format(Detail);

    /// <summary>The suggested fix.</summary>
    public LocalizedText Fix => Rule.Fix;

    /// <summary>The finding as a library <see cref="Issue"/> (the fix becomes the hint).</summary>
    /// <returns>The issue.</returns>
    public Issue ToIssue() => new(Code, Severity, Message, Path, Value, null, Fix);

    /// <summary>A copy placed at a list index of a batch.</summary>
    /// <param name="listIndex">The index.</param>
    /// <returns>The copy.</returns>
    public SettlementFinding AtList(int listIndex) => new(Rule, Path, Value, Detail, listIndex, Severity);

    /// <inheritdoc />
    public override string ToString() =>
        "[" + Severity + "] " + RuleId + (GroupingRelevant ? " (grouping)" : string.Empty) + " " + Path + (Value is null ? string.Empty : "='" + Value + "'") + ": " + Message.En;
}
