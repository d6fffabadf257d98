using System.Collections.Immutable;
using System.Text;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>The year-end report of an alliance: its own outcome against the global budget, each member's settlement, the risk fund's net inflow and the issues.</summary>
public sealed class AllianceReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="policy">The policy pack used, when known.</param>
    /// <param name="alliance">The alliance's outcome, or <see langword="null"/> on input errors.</param>
    /// <param name="members">The members' settlements.</param>
    /// <param name="riskFundNet">Contributions to the risk fund minus its payouts for adverse events.</param>
    /// <param name="issues">The issues found.</param>
    public AllianceReport(RulePackIdentity? policy, RetentionOutcome? alliance, ImmutableArray<MemberSettlement> members, decimal riskFundNet, ImmutableArray<Issue> issues)
    {
        Policy = policy;
        Alliance = alliance;
        Members = members;
        RiskFundNet = riskFundNet;
        Issues = issues;
    }

    /// <summary>The policy pack used, when known.</summary>
    public RulePackIdentity? Policy { get; }

    /// <summary>The alliance's outcome (payment = global budget, fee-for-item = members' total cost).</summary>
    public RetentionOutcome? Alliance { get; }

    /// <summary>The members' settlements, in input order.</summary>
    public ImmutableArray<MemberSettlement> Members { get; }

    /// <summary>Contributions to the risk fund minus its payouts for adverse events.</summary>
    public decimal RiskFundNet { get; }

    /// <summary>The issues found.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The report as text: the alliance's steps, then a table of members and each member's steps, in Chinese and English.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder("# 医联体总额预算年终结算 / Alliance global-budget year-end settlement\n");
        if (Policy is not null) text.Append("policy: ").Append(Policy).Append('\n');
        foreach (var issue in Issues) text.Append("! ").Append(issue).Append('\n');
        if (Alliance is null) return text.ToString();
        ReportWriter.Text(text, "医联体 / alliance", Alliance);
        text.Append("\n| member | level | cost | weight | share | referral in | referral out | risk fund | liability | net |\n");
        text.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var m in Members)
        {
            text.Append("| ").Append(m.Member.Id).Append(' ').Append(m.Member.Name).Append(" | ").Append(m.Member.Level).Append(" | ")
                .Append(string.Join(" | ", new[] { Figures.Yuan(m.Member.Cost), Figures.Number(m.Weight), Figures.Yuan(m.Share), Figures.Yuan(m.ReferralIn),
                    Figures.Yuan(m.ReferralOut), Figures.Yuan(m.RiskContribution), Figures.Yuan(m.Liability), Figures.Yuan(m.Net) }))
                .Append(" |\n");
        }

        text.Append("| total | | ").Append(Figures.Yuan(Members.Sum(m => m.Member.Cost))).Append(" | ").Append(Figures.Number(Members.Sum(m => m.Weight))).Append(" | ")
            .Append(string.Join(" | ", new[] { Members.Sum(m => m.Share), Members.Sum(m => m.ReferralIn), Members.Sum(m => m.ReferralOut),
                Members.Sum(m => m.RiskContribution), Members.Sum(m => m.Liability), Members.Sum(m => m.Net) }.Select(Figures.Yuan)))
            .Append(" |\n");
        text.Append("risk fund net / 风险基金净流入: ").Append(Figures.Yuan(RiskFundNet)).Append("\n\n");
        foreach (var m in Members)
        {
            text.Append("## member ").Append(m.Member.Id).Append(' ').Append(m.Member.Name).Append('\n');
            foreach (var step in m.Steps) text.Append("- ").Append(step.Code).Append(": ").Append(step.Text.Zh).Append("\n  ").Append(step.Text.En).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The members as CSV, amounts to the fen.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var csv = new StringBuilder("id,name,level,cost,points,weight,share,referral_in,referral_out,risk_contribution,liability,net\n");
        foreach (var m in Members)
        {
            csv.Append(string.Join(",", new[] { m.Member.Id, m.Member.Name, m.Member.Level, ReportWriter.M(m.Member.Cost), Figures.Number(m.Points), Figures.Number(m.Weight) }
                .Concat(new[] { m.Share, m.ReferralIn, m.ReferralOut, m.RiskContribution, m.Liability, m.Net }.Select(ReportWriter.M)).Select(c => c.Contains(',') ? "\"" + c + "\"" : c)))
                .Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>The report as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ReportWriter.JsonReport(Policy, "alliance", Alliance, Issues, json =>
    {
        json.WriteNumber("risk_fund_net", ReportWriter.Fen(RiskFundNet));
        json.WriteStartArray("members");
        foreach (var m in Members)
        {
            json.WriteStartObject();
            json.WriteString("id", m.Member.Id);
            json.WriteString("name", m.Member.Name);
            json.WriteString("level", m.Member.Level);
            json.WriteNumber("points", m.Points);
            json.WriteNumber("weight", m.Weight);
            foreach (var (name, value) in new[] { ("cost", m.Member.Cost), ("share", m.Share), ("referral_in", m.ReferralIn),
                ("referral_out", m.ReferralOut), ("risk_contribution", m.RiskContribution), ("liability", m.Liability), ("net", m.Net) })
            {
                json.WriteNumber(name, ReportWriter.Fen(value));
            }

            ReportWriter.Steps(json, m.Steps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
