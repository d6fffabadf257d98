using System.Collections.Immutable;
using System.Text;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>Every step of one case's payment, with the issues found and the result, for the hospital's insurance office and for audits.</summary>
public sealed class PaymentExplanation
{
    internal PaymentExplanation(string? caseId, RulePackIdentity pack, CasePayment result, ImmutableArray<PaymentStep> steps, ImmutableArray<Issue> issues)
    {
        CaseId = caseId;
        Pack = pack;
        Result = result;
        Steps = steps;
        Issues = issues;
    }

    /// <summary>The case id.</summary>
    public string? CaseId { get; }

    /// <summary>The parameter pack used.</summary>
    public RulePackIdentity Pack { get; }

    /// <summary>The payment.</summary>
    public CasePayment Result { get; }

    /// <summary>The steps in order.</summary>
    public ImmutableArray<PaymentStep> Steps { get; }

    /// <summary>The issues found (invalid input, DRG without weight).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>A plain-text rendering: header, one block per step, issues.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("case ").Append(CaseId ?? "-").Append(" with ").Append(Pack.Id).Append('@').Append(Pack.Version).AppendLine();
        foreach (var step in Steps) text.AppendLine(step.ToString());
        foreach (var issue in Issues) text.AppendLine(issue.ToString());
        return text.ToString();
    }

    internal sealed class Builder
    {
        private readonly ImmutableArray<PaymentStep>.Builder _steps = ImmutableArray.CreateBuilder<PaymentStep>();
        private readonly ImmutableArray<Issue>.Builder _issues = ImmutableArray.CreateBuilder<Issue>();

        public void Step(string code, string zh, string en, decimal? value = null) => _steps.Add(new PaymentStep(code, new LocalizedText(zh, en), value));

        public void Problem(Issue issue) => _issues.Add(issue);

        public PaymentExplanation Build(string? caseId, RulePackIdentity pack, CasePayment result) => new(caseId, pack, result, _steps.ToImmutable(), _issues.ToImmutable());
    }
}
