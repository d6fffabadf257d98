using MedPay.Rules.Settlement;
using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>A settlement list built by hand to satisfy every rule, and small helpers to break it one rule at a time.</summary>
/// <remarks>Hand checks of the clean list: admitted 2024-03-01 08:30, discharged 2024-03-08 10:00 → 7 calendar days
/// (ACT_IPT_DAYS 7); born 1978-06-15 → 45 completed years on 2024-03-01 (birthday not yet reached); ID card
/// 370102 19780615 12 3 X: birth segment = BRDY, 17th digit 3 odd = male. Nursing 3 + 4 = 7 ≤ 7 days. ICU
/// 03-01 10:00 → 03-03 10:00 = 2/0/0 inside the stay. Fees: bed 700 = 700+0+0+0; surgery 20000 = 15000+4000+1000+0;
/// western medicine 3300 = 2000+1300+0+0; total 24000.00 = MEDFEE_SUMAMT. Payer side: pooled fund 18000 + co-pay 5000 +
/// self-pay 1000 = 24000 (the personal-account fund row 310200 = 2000 = ACCT_PAY pays the patient's share and is not
/// counted again). Means of payment: 5000 + 1000 = account 2000 + cash 4000.</remarks>
internal static class SettlementSamples
{
    /// <summary>Codes the test code sets treat as unknown.</summary>
    public const string UnknownDiagnosis = "ZZZ.999";
    public const string UnknownProcedure = "99.9999x999";
    public const string UnknownTcm = "BNZZZ";
    public const string UngroupableMain = "I99.x00";

    /// <summary>A TCM disease code (中医病证分类与代码): known to the TCM dictionary, not to the western one.</summary>
    public const string TcmDisease = "BNX010";

    public static readonly SettlementRuleCatalogue Catalogue = SettlementRuleCatalogue.LoadDefault();

    public static readonly SettlementValidator Validator = new(Catalogue, new TestCodeSets());

    public static SettlementList Clean()
    {
        var list = SettlementList.Empty.WithSetlinfo(SettlementRecord.Of(SettlementNode.Setlinfo,
            ("MDTRT_ID", "MD20240301001"), ("SETL_ID", "ST20240308001"), ("PSN_NO", "P3701000001"), ("FIXMEDINS_NAME", "示例市第一人民医院"),
            ("FIXMEDINS_CODE", "H37010000001"), ("HI_SETL_LV", "3"), ("HI_NO", "P3701000001"), ("MEDCASNO", "BA0001"), ("DCLA_TIME", "2024-03-09 09:00:00"),
            ("PSN_NAME", "张三"), ("GEND", "1"), ("BRDY", "1978-06-15"), ("AGE", "45"), ("NTLY", "CHN"), ("NATY", "01"), ("PATN_CERT_TYPE", "01"),
            ("CERTNO", "37010219780615123X"), ("PRFS", "17"), ("CURR_ADDR", "示例市历下区一路1号"), ("EMP_NAME", "示例公司"), ("EMP_ADDR", "示例市历下区二路2号"),
            ("EMP_TEL", "0531-00000000"), ("POSCODE", "250000"), ("CONER_NAME", "李四"), ("PATN_RLTS", "10"), ("CONER_ADDR", "示例市历下区一路1号"),
            ("CONER_TEL", "13800000000"), ("HI_TYPE", "310"), ("INSUPLC", "370100"), ("IPT_MED_TYPE", "1"), ("ADM_WAY", "2"), ("TRT_TYPE", "1"),
            ("ADM_TIME", "2024-03-01 08:30:00"), ("ADM_CATY", "A03.01"), ("DSCG_TIME", "2024-03-08 10:00:00"), ("DSCG_CATY", "A03.01"), ("ACT_IPT_DAYS", "7"),
            ("OTP_WM_DISE", "急性前壁心肌梗死"), ("WM_DISE_CODE", "I21.000"), ("DIAG_CODE_CNT", "2"), ("OPRN_OPRT_CODE_CNT", "2"),
            ("LV1_NURSCARE_DAYS", "3"), ("SCD_NURSCARE_DAYS", "4"), ("DSCG_WAY", "1"), ("DAYS_RINP_FLAG_31", "1"),
            ("CHFPDR_NAME", "王医生"), ("CHFPDR_CODE", "D370100000001"), ("RESP_NURS_NAME", "赵护士"), ("RESP_NURS_CODE", "N370100000001"),
            ("BIZ_SN", "BZ0001"), ("BILL_CODE", "37010124"), ("BILL_NO", "0000123456"), ("SETL_BEGN_DATE", "2024-03-01"), ("SETL_END_DATE", "2024-03-08"),
            ("PSN_SELFPAY", "5000.00"), ("PSN_OWNPAY", "1000.00"), ("ACCT_PAY", "2000.00"), ("PSN_CASHPAY", "4000.00"), ("HI_PAYMTD", "4"),
            ("MEDINS_FILL_DEPT", "病案科"), ("MEDINS_FILL_PSN", "周编码"), ("HSORG", "示例市医疗保障局"), ("HSORG_OPTER", "吴经办"), ("MEDFEE_SUMAMT", "24000.00")));
        list = list.WithRows(SettlementNode.Diseinfo, new[]
        {
            Diagnosis("I21.000", "急性前壁心肌梗死", main: true),
            Diagnosis("I10.x00", "高血压"),
        });
        list = list.WithRows(SettlementNode.Oprninfo, new[]
        {
            SettlementRecord.Of(SettlementNode.Oprninfo, ("OPRN_OPRT_TYPE", "1"), ("OPRN_OPRT_NAME", "经皮冠状动脉药物洗脱支架置入术"), ("OPRN_OPRT_CODE", "36.0700"),
                ("OPRN_OPRT_DATE", "2024-03-01 09:40:00"), ("OPER_DR_NAME", "王医生"), ("OPER_DR_CODE", "D370100000001")),
            SettlementRecord.Of(SettlementNode.Oprninfo, ("OPRN_OPRT_TYPE", "2"), ("OPRN_OPRT_NAME", "冠状动脉造影"), ("OPRN_OPRT_CODE", "88.5500"),
                ("OPRN_OPRT_DATE", "2024-03-01 09:10:00"), ("OPER_DR_NAME", "王医生"), ("OPER_DR_CODE", "D370100000001")),
        });
        list = list.WithRows(SettlementNode.Icuinfo, new[]
        {
            Icu("CCU", "2024-03-01 10:00:00", "2024-03-03 10:00:00", "2/0/0"),
        });
        list = list.WithRows(SettlementNode.Iteminfo, new[]
        {
            Item("01", "700.00", "700.00", "0.00", "0.00", "0.00"),
            Item("06", "20000.00", "15000.00", "4000.00", "1000.00", "0.00"),
            Item("09", "3300.00", "2000.00", "1300.00", "0.00", "0.00"),
        });
        return list.WithRows(SettlementNode.Payinfo, new[]
        {
            SettlementRecord.Of(SettlementNode.Payinfo, ("FUND_PAY_TYPE", "310100"), ("FUND_PAYAMT", "18000.00")),
            SettlementRecord.Of(SettlementNode.Payinfo, ("FUND_PAY_TYPE", "310200"), ("FUND_PAYAMT", "2000.00")),
        });
    }

    /// <summary>The clean list for a woman (the ID card's 17th digit made even).</summary>
    public static SettlementList Female() => Clean().With(S.Gend, "2").With(S.Certno, "37010219780615124X");

    /// <summary>The clean list for a newborn aged 10 days (born 2024-02-20, admitted 2024-03-01), with weights and admission type.</summary>
    public static SettlementList Newborn() => Clean().With(S.Brdy, "2024-02-20").With(S.PatnCertType, "02").With(S.Age, null).With(S.NwbAge, "10")
        .With(S.NwbAdmType, "1").With(S.NwbBirWt, "3200").With(S.NwbAdmWt, "3200");

    public static SettlementRecord Diagnosis(string code, string name, bool main = false, string? condition = "1", string type = "1") =>
        SettlementRecord.Of(SettlementNode.Diseinfo, ("DIAG_TYPE", type), ("MAINDIAG_FLAG", main ? "1" : "0"), ("DIAG_CODE", code), ("DIAG_NAME", name), ("ADM_COND_TYPE", condition));

    public static SettlementRecord Icu(string type, string entry, string exit, string total) =>
        SettlementRecord.Of(SettlementNode.Icuinfo, ("SCS_CUTD_WARD_TYPE", type), ("SCS_CUTD_INPOOL_TIME", entry), ("SCS_CUTD_EXIT_TIME", exit), ("SCS_CUTD_SUM_DURA", total));

    public static SettlementRecord Item(string category, string amount, string classA, string classB, string selfPaid, string other) =>
        SettlementRecord.Of(SettlementNode.Iteminfo, ("MED_CHRGITM", category), ("AMT", amount), ("CLAA_SUMFEE", classA), ("CLAB_AMT", classB),
            ("FULAMT_OWNPAY_AMT", selfPaid), ("OTH_AMT", other));

    /// <summary>Adds an other diagnosis and keeps DIAG_CODE_CNT right.</summary>
    public static SettlementList AddDiagnosis(this SettlementList list, string code, string name = "其他诊断") =>
        list.AddRow(Diagnosis(code, name)).With(S.DiagCodeCnt, (list.Diagnoses.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Adds a TCM disease row (DIAG_TYPE 2) and keeps DIAG_CODE_CNT right.</summary>
    public static SettlementList AddTcmDiagnosis(this SettlementList list, string code, string name, bool main = false, string? condition = "1") =>
        list.AddRow(Diagnosis(code, name, main, condition, type: "2")).With(S.DiagCodeCnt, (list.Diagnoses.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static SettlementRecord PaymentRow(string fund, string amount) =>
        SettlementRecord.Of(SettlementNode.Payinfo, ("FUND_PAY_TYPE", fund), ("FUND_PAYAMT", amount));

    /// <summary>The clean list as a stay within one day (admission and discharge given): 0 days, no nursing days, no ICU,
    /// both procedures and the settlement period on the discharge date.</summary>
    public static SettlementList SameDayStay(string admission, string discharge) =>
        Clean().Set("ADM_TIME", admission).Set("DSCG_TIME", discharge).Set("ACT_IPT_DAYS", "0").Set("LV1_NURSCARE_DAYS", null).Set("SCD_NURSCARE_DAYS", null)
            .Set("SETL_BEGN_DATE", discharge.Substring(0, 10)).WithRows(SettlementNode.Icuinfo, Array.Empty<SettlementRecord>())
            .SetRow(SettlementNode.Oprninfo, 0, "OPRN_OPRT_DATE", discharge).SetRow(SettlementNode.Oprninfo, 1, "OPRN_OPRT_DATE", discharge);

    /// <summary>The newborn sample aged 29 days (born 2024-02-01, admitted 2024-03-01; February 2024 has 29 days): one day
    /// past newborn_max_age_days 28, still an infant.</summary>
    public static SettlementList Infant29Days() => Newborn().With(S.Brdy, "2024-02-01").With(S.NwbAge, "29");

    /// <summary>The clean list's three fee rows plus a 0.00 row for each of the other eleven categories 01–14.</summary>
    public static SettlementRecord[] EveryCategoryOnce()
    {
        var rows = Clean().FeeItems.ToList();
        foreach (var category in new[] { "02", "03", "04", "05", "07", "08", "10", "11", "12", "13", "14" }) rows.Add(Item(category, "0.00", "0.00", "0.00", "0.00", "0.00"));
        return rows.ToArray();
    }

    /// <summary>Replaces the code (and name) of a diagnosis row.</summary>
    public static SettlementList SetDiagnosis(this SettlementList list, int row, string code, string name = "诊断") =>
        list.WithRowValue(D.DiagCode, row, code).WithRowValue(D.DiagName, row, name);

    /// <summary>Adds an other procedure on the admission day and keeps OPRN_OPRT_CODE_CNT right.</summary>
    public static SettlementList AddProcedure(this SettlementList list, string code, string date = "2024-03-02 10:00:00") =>
        list.AddRow(SettlementRecord.Of(SettlementNode.Oprninfo, ("OPRN_OPRT_TYPE", "2"), ("OPRN_OPRT_NAME", "手术操作 " + code), ("OPRN_OPRT_CODE", code),
            ("OPRN_OPRT_DATE", date), ("OPER_DR_NAME", "王医生"), ("OPER_DR_CODE", "D370100000001")))
        .With(S.OprnOprtCodeCnt, (list.Procedures.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sets a setlinfo field by code.</summary>
    public static SettlementList Set(this SettlementList list, string code, string? value) =>
        list.With(SettlementLayout.Find(SettlementNode.Setlinfo, code) ?? throw new ArgumentException(code), value);

    /// <summary>Sets a field of a row by node and code.</summary>
    public static SettlementList SetRow(this SettlementList list, SettlementNode node, int row, string code, string? value) =>
        list.WithRowValue(SettlementLayout.Find(node, code) ?? throw new ArgumentException(code), row, value);

    /// <summary>Code knowledge for tests: every code is known except the sentinels above (the TCM code is unknown to the western dictionary only); two names are known for the
    /// name check; one day-surgery disease.</summary>
    internal sealed class TestCodeSets : ISettlementCodeSets
    {
        public bool? IsDiagnosis(string code) => code is not (UnknownDiagnosis or TcmDisease);

        public string? DiagnosisName(string code) => code switch
        {
            "I21.000" => "急性前壁心肌梗死",
            "I10.x00" => "高血压",
            _ => null,
        };

        public bool? IsProcedure(string code) => code != UnknownProcedure;

        public bool? IsTcmDiagnosis(string code) => code != UnknownTcm;

        public bool? IsDaySurgeryDisease(string code) => code == "H25.900";

        public bool? IsGroupableMainDiagnosis(string code) => code != UngroupableMain;
    }

    /// <summary>A registry where one settlement was reversed and one is unknown to it.</summary>
    internal sealed class TestRegistry : ISettlementRegistry
    {
        public bool? IsLive(string settlementId, string? encounterId) => settlementId switch
        {
            "ST-REVERSED" => false,
            "ST-UNKNOWN" => null,
            _ => true,
        };
    }
}
