using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

public sealed class SettlementAuditTests
{
    private static SettlementList Stay(string setlId, string admission, string discharge, string main = "I21.000", string institution = "H37010000001") =>
        Clean().Set("SETL_ID", setlId).Set("MDTRT_ID", "M" + setlId).Set("ADM_TIME", admission).Set("DSCG_TIME", discharge)
            .Set("FIXMEDINS_CODE", institution).SetDiagnosis(0, main, main == "I21.000" ? "急性前壁心肌梗死" : "诊断");

    [Fact]
    public void Readmission_within_the_window_with_a_related_main_diagnosis_is_a_possible_split_stay()
    {
        // Discharged 03-08, readmitted 03-12 (4 days ≤ 31) at the same hospital, main I21.000 then I21.100: same category I21.
        var lists = new[]
        {
            Stay("S1", "2024-03-01 08:00:00", "2024-03-08 10:00:00"),
            Stay("S2", "2024-03-12 08:00:00", "2024-03-15 10:00:00", "I21.100"),
            Stay("S3", "2024-03-20 08:00:00", "2024-03-22 10:00:00", "K35.800"),   // unrelated main: no finding
            Stay("S4", "2024-05-01 08:00:00", "2024-05-03 10:00:00", "K35.800"),   // 40 days after S3 (> 31): no finding
        };
        var audits = Validator.Auditor.Audit(lists);
        var finding = Assert.Single(audits);
        Assert.Equal("AU-01", finding.RuleId);
        Assert.Equal(1, finding.ListIndex);
        Assert.Contains("4 day(s), I21.000 / I21.100", finding.Detail, StringComparison.Ordinal);
        Assert.Empty(Validator.Auditor.Audit(new[] { lists[0].Set("DAYS_RINP_FLAG_31", "2").Set("DAYS_RINP_PUP_31", "分期手术"), lists[1] }));
    }

    [Fact]
    public void Transfers_must_name_the_receiving_hospital_and_arrive_as_transfers()
    {
        var outgoing = Stay("S1", "2024-03-01 08:00:00", "2024-03-08 10:00:00").Set("DSCG_WAY", "2").Set("ACP_MEDINS_NAME", "示例市第二医院").Set("ACP_OPTINS_CODE", "H37010000002");
        var arriving = Stay("S2", "2024-03-08 14:00:00", "2024-03-15 10:00:00", institution: "H37010000002").Set("ADM_WAY", "3");
        Assert.Empty(Validator.Auditor.Audit(new[] { outgoing, arriving }));
        var wrongReceiver = Validator.Auditor.Audit(new[] { outgoing, arriving.Set("FIXMEDINS_CODE", "H37010000009") });
        Assert.Equal(("AU-02", 0), (Assert.Single(wrongReceiver).RuleId, wrongReceiver[0].ListIndex));
        var notTransferredIn = Validator.Auditor.Audit(new[] { outgoing, arriving.Set("ADM_WAY", "2") });
        Assert.Equal(("AU-02", 1, "setlinfo.adm_way"), (Assert.Single(notTransferredIn).RuleId, notTransferredIn[0].ListIndex, notTransferredIn[0].Path));
        var noTransferOut = Validator.Auditor.Audit(new[] { outgoing.Set("DSCG_WAY", "1").Set("ACP_MEDINS_NAME", null).Set("ACP_OPTINS_CODE", null), arriving });
        Assert.Equal(("AU-02", 0, "setlinfo.dscg_way"), (Assert.Single(noTransferOut).RuleId, noTransferOut[0].ListIndex, noTransferOut[0].Path));
    }

    [Fact]
    public void The_same_settlement_sent_twice_is_a_duplicate_submission()
    {
        var batch = Validator.ValidateAll(new[] { Clean(), Female().Set("PSN_NO", "P9").Set("SETL_ID", "S9"), Clean() });
        var duplicate = Assert.Single(batch.Audits);
        Assert.Equal(("AU-03", 2, IssueSeverity.Error), (duplicate.RuleId, duplicate.ListIndex, duplicate.Severity));
        Assert.True(batch.HasRejections);
        Assert.Equal(1, batch.RejectedLists);
        var count = Assert.Single(batch.Summary);
        Assert.Equal(("AU-03", 1, 1), (count.Rule.Id, count.Findings, count.Lists));
    }

    [Fact]
    public void Batch_summary_counts_findings_and_lists_per_rule_in_catalogue_order()
    {
        // List 0 clean; list 1 breaks DT-02 and FE-08; list 2 breaks FE-08 only.
        var batch = Validator.ValidateAll(new[]
        {
            Clean(),
            Clean().Set("SETL_ID", "S2").Set("ACT_IPT_DAYS", "9").Set("BILL_NO", null),
            Clean().Set("SETL_ID", "S3").Set("BILL_CODE", null).Set("BILL_NO", null),
        }, audit: false);
        Assert.Equal(new[] { ("DT-02", 1, 1), ("FE-08", 3, 2) }, batch.Summary.Select(c => (c.Rule.Id, c.Findings, c.Lists)));
        Assert.Equal(2, batch.RejectedLists);
    }
}
