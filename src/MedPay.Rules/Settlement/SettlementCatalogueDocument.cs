using System.Text;

namespace MedPay.Rules.Settlement;

/// <summary>Renders a rule catalogue as Markdown (docs/settlement-rule-catalogue.md is this output for the national pack).</summary>
public static class SettlementCatalogueDocument
{
    /// <summary>The catalogue as a Markdown table, one row per rule, grouped by rule family.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(SettlementRuleCatalogue catalogue)
    {
        if (catalogue is null) throw new ArgumentNullException(nameof(catalogue));
        var text = new StringBuilder();
        text.Append("# Settlement-list rule catalogue / 结算清单质控规则目录\n\n");
        text.Append("Generated from the rule pack(s) ").Append(string.Join(", ", catalogue.Packs.Select(p => "`" + p + "`")))
            .Append(" by `SettlementCatalogueDocument.ToMarkdown`; do not edit by hand (a test compares this file with the pack). ")
            .Append("Severity: **reject** = the platform or the grouper refuses the list; **warning** = quality-control finding; ")
            .Append("\"reject (main) / warning (other)\" = the severity of a finding on the main diagnosis and on an other diagnosis. ")
            .Append("G = a finding can change the DRG/DIP result. `{0}` in a message is the finding's detail. ")
            .Append("Source keys are explained in [settlement-validation.md](settlement-validation.md#sources).\n\n");
        text.Append(catalogue.Rules.Count(r => r.Scope == SettlementRuleScope.List)).Append(" list rules, ")
            .Append(catalogue.Rules.Count(r => r.Scope == SettlementRuleScope.Batch)).Append(" cross-list audits.\n");
        string? family = null;
        foreach (var rule in catalogue.Rules)
        {
            var current = rule.Id.Split('-')[0];
            if (current != family)
            {
                family = current;
                text.Append("\n## ").Append(family).Append("\n\n");
                text.Append("| id | code | severity | G | fields | message | fix | source |\n|---|---|---|---|---|---|---|---|\n");
            }

            text.Append("| ").Append(rule.Id).Append(" | `").Append(rule.Code).Append("` | ").Append(Severity(rule))
                .Append(catalogue.Disabled.Contains(rule.Id) ? " (off)" : string.Empty).Append(" | ").Append(rule.GroupingRelevant ? "G" : string.Empty).Append(" | ")
                .Append(Fields(rule)).Append(" | ").Append(Cell(rule.Message.Zh)).Append("<br>").Append(Cell(rule.Message.En)).Append(" | ")
                .Append(Cell(rule.Fix.Zh)).Append("<br>").Append(Cell(rule.Fix.En)).Append(" | ").Append(Cell(rule.Source)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Severity(SettlementRule rule) => rule.HasOtherSeverity
        ? SettlementReportWriter.Severity(rule.Severity) + " (main) / " + SettlementReportWriter.Severity(rule.OtherSeverity) + " (other)"
        : SettlementReportWriter.Severity(rule.Severity);

    private static string Fields(SettlementRule rule)
    {
        if (rule.Fields.Length > 6) return Cell(string.Join(", ", rule.Fields.Take(4))) + ", … (" + rule.Fields.Length + " fields)";
        return Cell(string.Join(", ", rule.Fields));
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
