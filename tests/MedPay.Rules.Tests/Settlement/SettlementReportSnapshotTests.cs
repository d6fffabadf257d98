using MedPay.Rules.Settlement;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>A messy, real-shaped upload (vendor wrapper, upper-case keys, a 4103 alias, a node sent as one object,
/// placeholders) validated end to end. The snapshot holds the whole report; each expected finding is listed below
/// with the hand check that predicts it.</summary>
public sealed class SettlementReportSnapshotTests
{
    // Hand checks (admitted 2024-01-10 09:15, discharged 2024-01-20 10:00, born 1962-07-03 → 61 completed years):
    //  RQ-01 medins_fill_dept missing.                        CS-01 naty "1" is not a two-digit ethnic code.
    //  FM-01 vent_used_dura "36" is not d/h/m.               DT-02 act_ipt_days 11, but 01-20 − 01-10 = 10.
    //  MD-05? no. DX-01 I10.x00 appears twice (diseinfo[2]).  DX-04 diseinfo[1].adm_cond_type empty.
    //  PR-04 oprninfo[0].oper_dr_code empty (node sent as one object).
    //  FE-02 iteminfo[1]: 5000.00 ≠ 3000 + 1500 + 400 + 0 = 4900.
    //  FE-08 bill_no "-" is the empty placeholder.
    //  Payments: fund 4200 + co-pay 1500 + self-pay 300 = 6000 = 1000 + 5000 (FE-05 holds); 1500 + 300 = 0 + 1800 (FE-06 holds).
    //  Read issue: "hospital_memo" is not a field (info).
    private const string Messy = """
        {"input": {
          "SETLINFO": {
            "MDTRT_ID": "202401100001", "SETL_ID": "S202401200001", "PSN_NO": "37000019620703", "FIXMEDINS_NAME": "示例县人民医院", "FIXMEDINS_CODE": "H37012300001",
            "HI_NO": "37000019620703", "MEDCASNO": "0034521", "PSN_NAME": "赵六", "GEND": "1", "BRDY": "1962/7/3", "AGE": 61, "NTLY": "CHN", "NATY": "1",
            "PATN_CERT_TYPE": "01", "CERTNO": "37010219620703111X", "PRFS": "80", "EMP_ADDR": "示例县城关镇", "CONER_NAME": "赵七", "PATN_RLTS": "20",
            "CONER_ADDR": "示例县城关镇", "CONER_TEL": "13900000000", "INSUTYPE": "310", "INSUPLC": "370123", "IPT_MED_TYPE": "1", "ADM_WAY": "1", "TRT_TYPE": "1",
            "ADM_TIME": "2024-01-10 09:15", "ADM_CATY": "A03.04", "DSCG_TIME": "2024-01-20 10:00", "DSCG_CATY": "A03.04", "ACT_IPT_DAYS": 11,
            "VENT_USED_DURA": "36", "DSCG_WAY": "1", "DAYS_RINP_FLAG_31": "1", "CHFPDR_NAME": "钱医生", "CHFPDR_CODE": "D370123000011", "RESP_NURS_NAME": "孙护士",
            "BIZ_SN": "B0001", "BILL_CODE": "3701230001", "BILL_NO": "-", "SETL_BEGN_DATE": "2024-01-10", "SETL_END_DATE": "2024-01-20",
            "PSN_SELFPAY": 1500.00, "PSN_OWNPAY": 300.00, "ACCT_PAY": 0, "PSN_CASHPAY": 1800.00, "HI_PAYMTD": "4", "MEDINS_FILL_PSN": "李编码",
            "HSORG": "示例县医疗保障局", "HSORG_OPTER": "周经办", "DIAG_CODE_CNT": 3, "OPRN_OPRT_CODE_CNT": 1, "hospital_memo": "vip"
          },
          "DISEINFO": [
            {"DIAG_TYPE": "1", "MAINDIAG_FLAG": "1", "DIAG_CODE": "I63.900", "DIAG_NAME": "脑梗死", "ADM_COND_TYPE": "1"},
            {"DIAG_TYPE": "1", "MAINDIAG_FLAG": "0", "DIAG_CODE": "I10.x00", "DIAG_NAME": "高血压", "ADM_COND_TYPE": ""},
            {"DIAG_TYPE": "1", "MAINDIAG_FLAG": "0", "DIAG_CODE": "I10.x00", "DIAG_NAME": "高血压", "ADM_COND_TYPE": "1"}
          ],
          "OPRNINFO": {"OPRN_OPRT_TYPE": "1", "OPRN_OPRT_NAME": "静脉溶栓", "OPRN_OPRT_CODE": "99.1000", "OPRN_OPRT_DATE": "2024-01-10", "OPER_DR_NAME": "钱医生"},
          "ITEMINFO": [
            {"MED_CHRGITM": "01", "AMT": 1000.00, "CLAA_SUMFEE": 1000.00, "CLAB_AMT": 0, "FULAMT_OWNPAY_AMT": 0, "OTH_AMT": 0},
            {"MED_CHRGITM": "09", "AMT": 5000.00, "CLAA_SUMFEE": 3000.00, "CLAB_AMT": 1500.00, "FULAMT_OWNPAY_AMT": 400.00, "OTH_AMT": 0}
          ],
          "PAYINFO": [{"FUND_PAY_TYPE": "310100", "FUND_PAYAMT": 4200.00}],
          "ICUINFO": null
        }}
        """;

    [Fact]
    public void Report_of_a_messy_real_shaped_list()
    {
        var read = SettlementJson.Read(Messy, "messy.json");
        var list = Assert.Single(read.Lists);
        var report = Validator.ValidateAll(new[] { list });
        Assert.Equal(new[] { "RQ-01", "CS-01", "FM-01", "DT-02", "DX-01", "DX-04", "PR-04", "FE-02", "FE-08" },
            report.Reports[0].Findings.Select(f => f.RuleId));
        Assert.True(report.HasRejections);
        Snapshot.Match(new
        {
            ReadIssues = read.Issues.Select(i => i.ToString()).ToArray(),
            Text = SettlementReportWriter.ToText(report).Split('\n'),
            Csv = SettlementReportWriter.ToCsv(report).Split('\n'),
        });
    }
}
