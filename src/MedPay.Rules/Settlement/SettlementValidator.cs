using System.Collections.Immutable;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Validates settlement lists before upload against a rule catalogue. Immutable and thread-safe: build one
/// and share it. Findings come in catalogue order, then in the order of the rows they concern.</summary>
public sealed class SettlementValidator
{
    private readonly SettlementRuleCheck[] _checks;

    /// <summary>Creates a validator.</summary>
    /// <param name="catalogue">The rule catalogue (national, with any regional packs applied).</param>
    /// <param name="codes">Code knowledge; <see cref="SettlementCodeSets.None"/> when omitted (dictionary rules stay silent).</param>
    /// <param name="registry">The platform's settlements for FE-09; FE-09 stays silent when omitted.</param>
    public SettlementValidator(SettlementRuleCatalogue catalogue, ISettlementCodeSets? codes = null, ISettlementRegistry? registry = null)
    {
        Catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        Codes = codes ?? SettlementCodeSets.None;
        Registry = registry;
        Auditor = new SettlementAuditor(catalogue);
        var checks = new List<SettlementRuleCheck>();
        foreach (var rule in catalogue.Rules)
        {
            if (rule.Scope != SettlementRuleScope.List || catalogue.Disabled.Contains(rule.Id)) continue;
            var check = rule.Kind switch
            {
                SettlementRuleKind.RequiredField => RequiredField(SettlementLayout.FindQualified(rule.Target ?? string.Empty)),
                SettlementRuleKind.ForbiddenDiagnosis => ForbiddenDiagnosis(CodeRangeSet.Parse(rule.Target)),
                _ => SettlementChecks.Find(rule.Id),
            };
            if (check is null) continue;
            var fields = rule.Fields.Select(SettlementLayout.FindQualified).Where(f => f is not null).Select(f => f!).ToArray();
            checks.Add(new SettlementRuleCheck(rule, check, fields, catalogue.PairsFor(rule.Id)));
        }

        _checks = checks.ToArray();
    }

    /// <summary>The rule catalogue.</summary>
    public SettlementRuleCatalogue Catalogue { get; }

    /// <summary>The code knowledge.</summary>
    public ISettlementCodeSets Codes { get; }

    /// <summary>The settlement registry, if any.</summary>
    public ISettlementRegistry? Registry { get; }

    /// <summary>The cross-list auditor over the same catalogue.</summary>
    public SettlementAuditor Auditor { get; }

    /// <summary>A validator over the embedded national catalogue, with code knowledge from the embedded DRG scheme.</summary>
    /// <returns>The validator.</returns>
    public static SettlementValidator CreateDefault() =>
        new(SettlementRuleCatalogue.LoadDefault(), SettlementCodeSets.FromScheme(Drg.DrgScheme.LoadDefault()));

    /// <summary>Validates one list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The report: every finding with rule, field path, value, message and fix.</returns>
    public SettlementReport Validate(SettlementList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        var context = SettlementCheckContext.Rent(list, Catalogue, Codes, Registry);
        foreach (var check in _checks)
        {
            context.Current = check;
            check.Check(context);
        }

        return new SettlementReport(list, context.Return());
    }

    /// <summary>Validates a batch: every list on its own, then the cross-list audits.</summary>
    /// <param name="lists">The lists.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <returns>The batch report with summary counts per rule.</returns>
    public SettlementBatchReport ValidateAll(IReadOnlyList<SettlementList> lists, bool audit = true)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        var reports = new SettlementReport[lists.Count];
        for (var i = 0; i < reports.Length; i++) reports[i] = Validate(lists[i]);
        var audits = audit ? Auditor.Audit(lists) : ImmutableArray<SettlementFinding>.Empty;
        return new SettlementBatchReport(Catalogue, reports.ToImmutableArray(), audits);
    }

    /// <summary>
    /// Validates what a reader returned: every list read, with the lists that could not be read (<see cref="SettlementReadResult.Unreadable"/>)
    /// counted as rejected, so that a file with an unreadable line never reports "0 rejected".
    /// </summary>
    /// <param name="read">The result of <see cref="SettlementJson.Read"/> or of the CSV reader.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <returns>The batch report.</returns>
    public SettlementBatchReport ValidateAll(SettlementReadResult read, bool audit = true)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        var report = ValidateAll(read.Lists, audit);
        return read.Unreadable == 0 ? report : new SettlementBatchReport(Catalogue, report.Reports, report.Audits, read.Unreadable);
    }

    private static SettlementCheck? RequiredField(SettlementField? field)
    {
        if (field is null) return null;
        return c =>
        {
            if (field.Node == SettlementNode.Setlinfo)
            {
                if (c.Setl.IsEmpty(field)) c.Report(field, -1, c.Setl[field], SettlementLayout.Path(field));
                return;
            }

            var rows = c.List.Rows(field.Node);
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].IsEmpty(field)) c.Report(field, i, rows[i][field], SettlementLayout.Path(field, i));
            }
        };
    }

    private static SettlementCheck ForbiddenDiagnosis(CodeRangeSet codes) => c =>
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            if (codes.Contains(rows[i][D.DiagCode])) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
        }
    };
}
