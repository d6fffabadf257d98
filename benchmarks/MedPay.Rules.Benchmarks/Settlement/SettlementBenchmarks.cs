using BenchmarkDotNet.Attributes;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Benchmarks.Settlement;

/// <summary>
/// Settlement-list validation (issue 6 target: ≥ 200,000 lists/s on one core, i.e. ≤ 5 µs per list) over a batch of
/// real-shaped lists — mostly clean, some with typical faults — and the cross-list audit of 1,000,000 stays (target: under
/// 5 s). Lists are read once from JSON in setup, as the validator receives them. Memory diagnoser: bytes allocated per list.
/// </summary>
[MemoryDiagnoser]
public class SettlementBenchmarks
{
    private const int BatchSize = 10_000;
    private const int AuditSize = 1_000_000;

    private SettlementValidator _validator = null!;
    private SettlementList[] _lists = null!;
    private SettlementAuditEntry[] _entries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _validator = new SettlementValidator(SettlementRuleCatalogue.LoadDefault(), SettlementCodeSets.FromScheme(MedPay.Rules.Drg.DrgScheme.LoadDefault()));
        var templates = new[]
        {
            Template("1", "I21.000", "36.0700", "7", "0000123456"),
            Template("2", "K80.100", "51.2300", "5", "0000123457"),
            Template("1", "J18.900", null, "9", "0000123458"),
            Template("2", "O80.000", null, "3", "0000123459"),           // delivery without a birth weight (NB-04, NB-08)
            Template("1", "I63.900", "99.1000", "12", "-"),               // wrong LOS, missing invoice number
        };
        _lists = Enumerable.Range(0, BatchSize).Select(i => templates[i % templates.Length]).ToArray();
        var random = new Random(20261123);
        var mains = new[] { "I21.000", "I21.100", "K80.100", "J18.900", "I63.900", "C34.100", "N18.500", "E11.900" };
        _entries = new SettlementAuditEntry[AuditSize];
        var start = new DateTime(2024, 1, 1, 8, 0, 0);
        for (var i = 0; i < AuditSize; i++)
        {
            var admission = start.AddDays(random.Next(0, 360)).AddMinutes(random.Next(0, 600));
            _entries[i] = new SettlementAuditEntry("P" + random.Next(0, 400_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                "H" + random.Next(0, 50).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "M" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), admission, admission.AddDays(random.Next(1, 20)), mains[random.Next(mains.Length)],
                random.Next(10) == 0 ? "2" : "1", random.Next(10) == 0 ? "3" : "2", null, random.Next(20) == 0);
        }
    }

    /// <summary>Validate 10,000 lists one after another (time per list = mean).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ValidatePerList()
    {
        var findings = 0;
        foreach (var list in _lists) findings += _validator.Validate(list).Findings.Length;
        return findings;
    }

    /// <summary>Cross-list audit (split stays, transfers, duplicates) over 1,000,000 stays of 400,000 people.</summary>
    [Benchmark]
    public int AuditMillion() => _validator.Auditor.Audit(_entries).Length;

    private static SettlementList Template(string sex, string main, string? procedure, string days, string billNo)
    {
        var json = "{\"setlinfo\":{\"mdtrt_id\":\"M1\",\"setl_id\":\"S1\",\"psn_no\":\"P1\",\"fixmedins_name\":\"示例医院\",\"fixmedins_code\":\"H37010000001\",\"hi_no\":\"P1\","
            + "\"medcasno\":\"BA1\",\"psn_name\":\"张三\",\"gend\":\"" + sex + "\",\"brdy\":\"1978-06-15\",\"age\":45,\"ntly\":\"CHN\",\"naty\":\"01\",\"patn_cert_type\":\"03\","
            + "\"certno\":\"E12345678\",\"prfs\":\"17\",\"emp_addr\":\"x\",\"coner_name\":\"李四\",\"patn_rlts\":\"10\",\"coner_addr\":\"x\",\"coner_tel\":\"1\",\"hi_type\":\"310\","
            + "\"insuplc\":\"370100\",\"ipt_med_type\":\"1\",\"adm_way\":\"2\",\"trt_type\":\"1\",\"adm_time\":\"2024-03-01 08:30:00\",\"adm_caty\":\"A03\","
            + "\"dscg_time\":\"2024-03-08 10:00:00\",\"dscg_caty\":\"A03\",\"act_ipt_days\":" + days + ",\"dscg_way\":\"1\",\"days_rinp_flag_31\":\"1\",\"chfpdr_name\":\"王\","
            + "\"chfpdr_code\":\"D1\",\"resp_nurs_name\":\"赵\",\"biz_sn\":\"B1\",\"bill_code\":\"3701\",\"bill_no\":\"" + billNo + "\",\"setl_begn_date\":\"2024-03-01\","
            + "\"setl_end_date\":\"2024-03-08\",\"psn_selfpay\":5000.00,\"psn_ownpay\":1000.00,\"acct_pay\":2000.00,\"psn_cashpay\":4000.00,\"hi_paymtd\":\"4\","
            + "\"medins_fill_dept\":\"病案科\",\"medins_fill_psn\":\"周\",\"hsorg\":\"医保局\",\"hsorg_opter\":\"吴\"},"
            + "\"diseinfo\":[{\"diag_type\":\"1\",\"maindiag_flag\":\"1\",\"diag_code\":\"" + main + "\",\"diag_name\":\"主要诊断\",\"adm_cond_type\":\"1\"},"
            + "{\"diag_type\":\"1\",\"maindiag_flag\":\"0\",\"diag_code\":\"I10.x00\",\"diag_name\":\"高血压\",\"adm_cond_type\":\"1\"},"
            + "{\"diag_type\":\"1\",\"maindiag_flag\":\"0\",\"diag_code\":\"E78.500\",\"diag_name\":\"高脂血症\",\"adm_cond_type\":\"1\"}],"
            + "\"oprninfo\":[" + (procedure is null ? string.Empty : "{\"oprn_oprt_type\":\"1\",\"oprn_oprt_name\":\"手术\",\"oprn_oprt_code\":\"" + procedure
                + "\",\"oprn_oprt_date\":\"2024-03-02\",\"oper_dr_name\":\"王\",\"oper_dr_code\":\"D1\",\"anst_way\":\"1\",\"anst_dr_name\":\"孙\",\"anst_dr_code\":\"D2\"}") + "],"
            + "\"icuinfo\":[{\"scs_cutd_ward_type\":\"CCU\",\"scs_cutd_inpool_time\":\"2024-03-01 10:00\",\"scs_cutd_exit_time\":\"2024-03-03 10:00\",\"scs_cutd_sum_dura\":\"2/0/0\"}],"
            + "\"iteminfo\":[" + string.Join(",", Enumerable.Range(1, 10).Select(c => "{\"med_chrgitm\":\"" + c.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)
                + "\",\"amt\":2400.00,\"claa_sumfee\":1400.00,\"clab_amt\":900.00,\"fulamt_ownpay_amt\":100.00,\"oth_amt\":0}")) + "],"
            + "\"payinfo\":[{\"fund_pay_type\":\"310100\",\"fund_payamt\":18000.00},{\"fund_pay_type\":\"310200\",\"fund_payamt\":2000.00}]}";
        return SettlementJson.Read(json).Lists.Single();
    }
}
