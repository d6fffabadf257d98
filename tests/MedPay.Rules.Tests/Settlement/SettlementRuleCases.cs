using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;
using N = MedPay.Rules.Settlement.SettlementNode;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>One breaking list and one passing list per national rule. Each breaking list changes the clean list
/// (<see cref="SettlementSamples.Clean"/>) so that exactly the named rule fires; the expected outcome of every case was
/// worked out by hand from the rule text (docs/settlement-rule-catalogue.md) and is given in the comment.</summary>
internal static class SettlementRuleCases
{
    public static readonly RuleCase[] All =
    {
        // RQ: completeness
        new("RQ-01", () => Clean().Set("MEDINS_FILL_DEPT", null)),                                   // mandatory reporting department empty
        new("RQ-02", () => Clean().SetRow(N.Diseinfo, 1, "DIAG_TYPE", null)),                         // diseinfo[1].diag_type empty
        new("RQ-03", () => Clean().WithRows(N.Diseinfo, Array.Empty<SettlementRecord>()).Set("DIAG_CODE_CNT", null)), // no diagnosis rows
        new("RQ-04", () => Clean(), () => Clean().Set("CHFPDR_CODE_STD", "D370100000001").Set("RESP_NURS_CODE_STD", "N370100000001")
            .SetRow(N.Oprninfo, 0, "OPER_DR_CODE_STD", "D370100000001").SetRow(N.Oprninfo, 1, "OPER_DR_CODE_STD", "D370100000001"), validator: "strict"),
        new("RQ-05", () => Clean().Set("EMP_ADDR", null)),                                           // Sichuan QC completeness
        new("RQ-06", () => Clean().Set("NWB_AGE", "100")),                                           // NWB_AGE filled at 45 years
        new("RQ-07", () => Clean().Set("OTP_WM_DISE", null)),                                        // outpatient code without name
        new("RQ-08", () => Clean().Set("DSCG_WAY", "2"), () => Clean().Set("DSCG_WAY", "2").Set("ACP_MEDINS_NAME", "示例市第二医院").Set("ACP_OPTINS_CODE", "H37010000002")),
        new("RQ-09", () => Clean().Set("DAYS_RINP_FLAG_31", "2"), () => Clean().Set("DAYS_RINP_FLAG_31", "2").Set("DAYS_RINP_PUP_31", "按计划化疗")),
        new("RQ-10", () => Clean().SetRow(N.Oprninfo, 0, "ANST_WAY", "1"),
            () => Clean().SetRow(N.Oprninfo, 0, "ANST_WAY", "1").SetRow(N.Oprninfo, 0, "ANST_DR_NAME", "孙麻醉").SetRow(N.Oprninfo, 0, "ANST_DR_CODE", "D370100000009")),
        new("RQ-11", () => Clean().Set("BLD_CAT", "1"), () => Clean().Set("BLD_CAT", "1").Set("BLD_AMT", "400").Set("BLD_UNT", "ml")),
        new("RQ-12", () => Clean().Set("OPSP_DIAG_CATY", "A03.01")),                                 // outpatient-chronic item on an inpatient list
        new("RQ-13", () => Clean().AddDiagnosis("S06.000", "脑震荡"), () => Clean().AddDiagnosis("S06.000", "脑震荡").Set("PWCRY_BFADM_COMA_DURA", "0/0/20")),

        // CS: code sets
        new("CS-01", () => Clean().Set("NATY", "99")),                                               // ethnic codes are 01–56
        new("CS-02", () => Clean().SetDiagnosis(1, UnknownDiagnosis, "不存在的诊断")),
        new("CS-03", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", UnknownProcedure)),
        new("CS-04", () => Clean().Set("TCM_DISE_CODE", UnknownTcm).Set("OTP_TCM_DISE", "胸痹"), () => Clean().Set("TCM_DISE_CODE", "BNX010").Set("OTP_TCM_DISE", "胸痹")),
        new("CS-05", () => Clean().Set("WM_DISE_CODE", UnknownDiagnosis)),
        new("CS-06", () => Clean().Set("IPT_MED_TYPE", "2"), () => Clean().Set("IPT_MED_TYPE", "2").SetDiagnosis(0, "H25.900", "老年性白内障")),

        // FM: formats and lengths
        new("FM-01", () => Clean().Set("VENT_USED_DURA", "36h"), () => Clean().Set("VENT_USED_DURA", "1/12/0")),
        new("FM-02", () => Clean().Set("POSCODE", "25000")),
        new("FM-03", () => Clean().Set("NWB_BIR_WT", "3.2kg"), () => Clean().Set("NWB_BIR_WT", "3200")),
        new("FM-04", () => Clean().Set("NWB_BIR_WT", "3255")),                                       // 3255 is not a multiple of 10
        new("FM-05", () => Clean().Set("CHFPDR_CODE_STD", "N370100000001"), () => Clean().Set("CHFPDR_CODE_STD", "D370100000001")),
        new("FM-06", () => Clean().Set("MEDCASNO", new string('9', 41))),                            // MEDCASNO len 40
        new("FM-07", () => Clean().Set("CERTNO", "37010219790615123X")),                             // birth segment 19790615 ≠ BRDY 1978-06-15

        // DT: dates and length of stay
        new("DT-01", () => Clean().Set("DSCG_TIME", "2024-02-28 10:00:00")),                         // discharge before admission
        new("DT-02", () => Clean().Set("ACT_IPT_DAYS", "8")),                                        // 03-08 − 03-01 = 7
        new("DT-03", () => Clean().Set("BRDY", "2024-03-05").Set("PATN_CERT_TYPE", "03")),           // born after admission (passport: no ID-card check)
        new("DT-04", () => Clean().Set("AGE", "50")),                                                // 45 completed years
        new("DT-05", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-10")),
        new("DT-06", () => Clean().SetRow(N.Oprninfo, 0, "ANST_BEGNTIME", "2024-02-20 08:00:00"), () => Clean().SetRow(N.Oprninfo, 0, "ANST_BEGNTIME", "2024-03-01 09:20:00")),
        new("DT-07", () => Clean().Set("SETL_END_DATE", "2024-02-29")),                              // period ends before it begins
        new("DT-08", () => Clean().Set("DCLA_TIME", "2024-03-07 09:00:00")),
        new("DT-09", () => Clean().Set("LV1_NURSCARE_DAYS", "5")),                                   // 5 + 4 = 9 > 7

        // NB: newborns
        new("NB-01", () => Clean().Set("BRDY", "2023-12-01").Set("PATN_CERT_TYPE", "03").Set("AGE", "0"),          // 91 days old, AGE 0, NWB_AGE empty
            () => Clean().Set("BRDY", "2023-12-01").Set("PATN_CERT_TYPE", "03").Set("AGE", null).Set("NWB_AGE", "91")),
        new("NB-02", () => Newborn().Set("NWB_ADM_TYPE", null), Newborn),
        new("NB-03", () => Newborn().Set("NWB_ADM_WT", null), Newborn),
        new("NB-04", () => Female().AddDiagnosis("Z37.000", "单胎活产"), () => Female().AddDiagnosis("Z37.000", "单胎活产").Set("NWB_BIR_WT", "3200")),
        new("NB-05", () => Female().AddDiagnosis("Z37.200", "双胎活产").Set("NWB_BIR_WT", "3200"),                    // twins: 2 weights expected, 1 given
            () => Female().AddDiagnosis("Z37.200", "双胎活产").Set("MUL_NWB_BIR_WT", "2500,2400")),
        new("NB-06", () => Newborn().AddDiagnosis("P07.100x004", "低出生体重儿（1500–2499克）"),                      // 3200 g is outside 1500–2499
            () => Newborn().AddDiagnosis("P07.100x004", "低出生体重儿（1500–2499克）").Set("NWB_BIR_WT", "2000").Set("NWB_ADM_WT", "2000")),
        new("NB-07", () => Clean().AddDiagnosis("P10.000", "产伤所致硬膜下出血"), () => Newborn().AddDiagnosis("P10.000", "产伤所致硬膜下出血")),
        new("NB-08", () => Female().AddDiagnosis("O80.000", "单胎顺产").Set("NWB_BIR_WT", "3200"),                     // delivery without Z37
            () => Female().AddDiagnosis("O80.000", "单胎顺产").AddDiagnosis("Z37.000", "单胎活产").Set("NWB_BIR_WT", "3200")),

        // SX / AG: sex- and age-specific codes
        new("SX-01", () => Clean().AddDiagnosis("N70.000", "急性输卵管炎"), () => Female().AddDiagnosis("N70.000", "急性输卵管炎")),
        new("SX-02", () => Female().AddDiagnosis("N40.x00", "前列腺增生"), () => Clean().AddDiagnosis("N40.x00", "前列腺增生")),
        new("SX-03", () => Clean().AddProcedure("68.4100"), () => Female().AddProcedure("68.4100")),
        new("SX-04", () => Clean().Set("GEND", "9")),
        new("SX-05", () => Clean().Set("WM_DISE_CODE", "N70.000").Set("OTP_WM_DISE", "急性输卵管炎")),
        new("AG-01", () => Clean().Set("BRDY", "2014-01-01").Set("AGE", "10").Set("PATN_CERT_TYPE", "03").AddDiagnosis("C61.x00", "前列腺恶性肿瘤"),
            () => Clean().AddDiagnosis("C61.x00", "前列腺恶性肿瘤")),
        new("AG-02", () => Clean().AddDiagnosis("M08.000", "幼年型类风湿性关节炎"),
            () => Clean().Set("BRDY", "2014-01-01").Set("AGE", "10").Set("PATN_CERT_TYPE", "03").AddDiagnosis("M08.000", "幼年型类风湿性关节炎")),

        // MD: main diagnosis
        new("MD-01", () => Clean().SetRow(N.Diseinfo, 1, "MAINDIAG_FLAG", "1")),                     // two main diagnoses
        new("MD-02", () => Clean().AddDiagnosis("G63.2*", "糖尿病性多神经病"), () => Clean().AddDiagnosis("E11.400+G63.2*", "2型糖尿病性多神经病")),
        new("MD-03", () => Clean().SetDiagnosis(0, "W19.x00", "跌倒")),
        new("MD-04", () => Clean().AddDiagnosis("M8140/3", "腺癌")),
        new("MD-05", () => Clean().SetDiagnosis(0, "B96.200", "大肠杆菌感染")),
        new("MD-06", () => Clean().SetDiagnosis(0, "I69.300", "脑梗死后遗症")),
        new("MD-07", () => Clean().SetDiagnosis(0, "R07.400", "胸痛"), () => Clean().SetDiagnosis(0, "R07.400", "胸痛").SetDiagnosis(1, "Z95.500", "冠状动脉支架植入状态")),
        new("MD-08", () => Clean().SetDiagnosis(0, "I50.900", "心力衰竭")),
        new("MD-09", () => Clean().SetRow(N.Diseinfo, 0, "ADM_COND_TYPE", "4")),
        new("MD-10", () => Clean().SetDiagnosis(0, "T81.000", "操作后出血")),                         // complication main with a main procedure
        new("MD-11", () => Clean().SetDiagnosis(0, UngroupableMain, "不能分组的诊断")),
        new("MD-12", () => Clean().AddDiagnosis("Z51.000", "放射治疗疗程"), () => Clean().AddDiagnosis("Z51.000", "放射治疗疗程").AddProcedure("92.2400")),
        new("MD-13", () => Clean().SetDiagnosis(0, "I25.103", "冠状动脉粥样硬化性心脏病").SetDiagnosis(1, "I21.000", "急性前壁心肌梗死")),

        // DX: diagnosis list
        new("DX-01", () => Clean().SetDiagnosis(1, "I21.000", "急性前壁心肌梗死")),
        new("DX-02", () => Clean().AddDiagnosis("E11.900", "2型糖尿病").AddDiagnosis("E11.200", "2型糖尿病性肾病"), () => Clean().AddDiagnosis("E11.200", "2型糖尿病性肾病")),
        new("DX-03", () => Clean().Set("DIAG_CODE_CNT", "3")),
        new("DX-04", () => Clean().SetRow(N.Diseinfo, 1, "ADM_COND_TYPE", null)),
        new("DX-05", () => Clean().AddDiagnosis("T81.400", "操作后感染")),

        // PR: procedures
        new("PR-01", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_TYPE", "1")),
        new("PR-02", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", "36.0700").SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-01 09:40:00"),
            () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", "36.0700")),                       // same code, different time: allowed
        new("PR-03", () => Clean().SetRow(N.Oprninfo, 0, "OPRN_OPRT_CODE", "00.4000")),
        new("PR-04", () => Clean().SetRow(N.Oprninfo, 1, "OPER_DR_CODE", null)),
        new("PR-05", () => Clean().AddProcedure("81.0200"), () => Clean().AddProcedure("81.0200").AddProcedure("81.6200")),
        new("PR-06", () => Clean().AddProcedure("39.6100").AddProcedure("39.6500"), () => Clean().AddProcedure("39.6500")),
        new("PR-07", () => Clean().AddProcedure("37.8000")),
        new("PR-08", () => Clean().Set("CHRG_TAGS", "ECMO"), () => Clean().Set("CHRG_TAGS", "ECMO").AddProcedure("39.6500")),

        // IC: ICU, ventilator, coma
        new("IC-01", () => Clean().SetRow(N.Icuinfo, 0, "SCS_CUTD_EXIT_TIME", "2024-03-01 09:00:00")), // exit before entry
        new("IC-02", () => Clean().SetRow(N.Icuinfo, 0, "SCS_CUTD_SUM_DURA", "1/0/0")),                 // 48 h shown as 24 h
        new("IC-03", () => Clean().AddRow(Icu("CCU", "2024-03-02 10:00:00", "2024-03-04 10:00:00", "2/0/0")), // overlaps the first stay
            () => Clean().AddRow(Icu("CCU", "2024-03-04 10:00:00", "2024-03-05 10:00:00", "1/0/0"))),
        new("IC-04", () => Clean().Set("VENT_USED_DURA", "8/0/0"), () => Clean().Set("VENT_USED_DURA", "1/0/0")),  // stay is 7 d 1 h 30 min
        new("IC-05", () => Clean().Set("VENT_USED_DURA", "2/0/0").AddProcedure("96.7201"), () => Clean().Set("VENT_USED_DURA", "2/0/0").AddProcedure("96.7101")),
        new("IC-06", () => Clean().Set("PWCRY_AFADM_COMA_DURA", "9/0/0"), () => Clean().Set("PWCRY_AFADM_COMA_DURA", "0/5/0")),

        // FE: fees and payments
        new("FE-01", () => Clean().SetRow(N.Iteminfo, 1, "MED_CHRGITM", "01")),
        new("FE-02", () => Clean().SetRow(N.Iteminfo, 0, "CLAA_SUMFEE", "600.00")),                   // 600 + 0 + 0 + 0 ≠ 700
        new("FE-03", () => Clean().SetRow(N.Iteminfo, 0, "CLAA_SUMFEE", "710.00").SetRow(N.Iteminfo, 0, "OTH_AMT", "-10.00")), // row still sums to 700
        new("FE-04", () => Clean().Set("MEDFEE_SUMAMT", "24500.00")),
        new("FE-05", () => Clean().SetRow(N.Payinfo, 0, "FUND_PAYAMT", "17000.00")),                 // 17000 + 5000 + 1000 ≠ 24000
        new("FE-06", () => Clean().Set("PSN_CASHPAY", "3000.00")),                                   // 5000 + 1000 ≠ 2000 + 3000
        new("FE-07", () => Clean().SetRow(N.Payinfo, 1, "FUND_PAYAMT", "1500.00")),                  // 310200 1500 ≠ ACCT_PAY 2000
        new("FE-08", () => Clean().Set("BILL_NO", null)),
        new("FE-09", () => Clean().Set("SETL_ID", "ST-REVERSED"), validator: "registry"),

        // DS / GR: discharge, death, grouper
        new("DS-01", () => Clean().Set("DSCG_WAY", "7")),
        new("DS-02", () => Clean().Set("ACP_MEDINS_NAME", "示例市第二医院")),
        new("DS-03", () => Clean().Set("DSCG_WAY", "5").Set("DEATH_TIME", "2024-03-08 06:00:00"), () => Clean().Set("DSCG_WAY", "5").Set("DEATH_TIME", "2024-03-08 10:00:00")),
        new("DS-04", () => Clean().Set("DSCG_WAY", "5").Set("DAYS_RINP_FLAG_31", "2").Set("DAYS_RINP_PUP_31", "复查")),
        new("DS-05", () => Clean().Set("FP_DEATH_FLAG", "1"), () => Clean().Set("FP_DEATH_FLAG", "1").Set("DSCG_WAY", "5")),
        new("DS-06", () => Clean().Set("DSCG_WAY", "9")),
        new("GR-01", () => Newborn().Set("NWB_BIR_WT", null), Newborn),                              // newborn without the birth weight the grouper needs
    };

    internal sealed class RuleCase
    {
        public RuleCase(string rule, Func<SettlementList> breaking, Func<SettlementList>? passing = null, string validator = "default")
        {
            Rule = rule;
            Breaking = breaking;
            Passing = passing ?? Clean;
            Validator = validator;
        }

        public string Rule { get; }

        public Func<SettlementList> Breaking { get; }

        public Func<SettlementList> Passing { get; }

        public string Validator { get; }

        public override string ToString() => Rule;
    }
}
