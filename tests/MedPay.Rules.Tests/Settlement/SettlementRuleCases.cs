using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;
using N = MedPay.Rules.Settlement.SettlementNode;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>One breaking list and one passing list per national rule. Each breaking list changes the clean list
/// (<see cref="SettlementSamples.Clean"/>) so that exactly the named rule fires. Each passing list is a boundary case of
/// its own rule: as close as possible to breaking it (exactly at a limit, the permitted variant of a code, a field in its
/// shortest valid form) while it must pass, so that the case fails if the rule's check is made one step stricter; none is
/// an unchanged sample list. The expected outcome of every case was worked out by hand from the rule text of the research
/// notes (settlement-list-rules.md; docs/settlement-rule-catalogue.md) and is given in the comment ("pass:" explains the
/// boundary).</summary>
internal static class SettlementRuleCases
{
    public static readonly RuleCase[] All =
    {
        // RQ: completeness
        new("RQ-01", () => Clean().Set("MEDINS_FILL_DEPT", null),                                   // mandatory reporting department empty
            // pass: ACCT_PAY 0.00 is filled (a patient who paid nothing from a personal account; no 310200 row): zero is a value, not an empty field.
            // 5000 + 1000 = 0 + 6000 (FE-06); 18000 + 5000 + 1000 = 24000 (FE-05).
            () => Clean().Set("ACCT_PAY", "0.00").Set("PSN_CASHPAY", "6000.00").WithRows(N.Payinfo, new[] { PaymentRow("310100", "18000.00") })),
        new("RQ-02", () => Clean().SetRow(N.Diseinfo, 1, "DIAG_TYPE", null),                         // diseinfo[1].diag_type empty
            () => Clean().AddRow(PaymentRow("320100", "0.00"))),                                         // pass: a payinfo row whose FUND_PAYAMT is 0.00 is complete
        new("RQ-03", () => Clean().WithRows(N.Diseinfo, Array.Empty<SettlementRecord>()).Set("DIAG_CODE_CNT", null), // no diagnosis rows
            () => Clean().WithRows(N.Diseinfo, new[] { Diagnosis("I21.000", "急性前壁心肌梗死", main: true) }).Set("DIAG_CODE_CNT", "1")), // pass: exactly one row (≥ 1)
        new("RQ-04", () => Clean(), () => Clean().Set("CHFPDR_CODE_STD", "D370100000001").Set("RESP_NURS_CODE_STD", "N370100000001")
            .SetRow(N.Oprninfo, 0, "OPER_DR_CODE_STD", "D370100000001").SetRow(N.Oprninfo, 1, "OPER_DR_CODE_STD", "D370100000001"), validator: "strict"),
        new("RQ-05", () => Clean().Set("EMP_ADDR", null),                                           // Sichuan QC completeness
            () => Clean().Set("RESP_NURS_CODE", null)),                                              // pass: the list names the nurse's name, not her code (a regional addition, EX-02)
        new("RQ-06", () => Clean().Set("NWB_AGE", "100"),                                           // NWB_AGE filled at 45 years
            // pass: born 2023-03-01, admitted 2024-03-01 = exactly 1 completed year: AGE 1, NWB_AGE empty (household register: no ID-card check).
            () => Clean().Set("BRDY", "2023-03-01").Set("AGE", "1").Set("PATN_CERT_TYPE", "02")),
        new("RQ-07", () => Clean().Set("OTP_WM_DISE", null),                                        // outpatient code without name
            () => Clean().Set("WM_DISE_CODE", null).Set("OTP_WM_DISE", null)),                        // pass: neither name nor code recorded
        new("RQ-08", () => Clean().Set("DSCG_WAY", "2"), () => Clean().Set("DSCG_WAY", "2").Set("ACP_MEDINS_NAME", "示例市第二医院").Set("ACP_OPTINS_CODE", "H37010000002")),
        new("RQ-09", () => Clean().Set("DAYS_RINP_FLAG_31", "2"), () => Clean().Set("DAYS_RINP_FLAG_31", "2").Set("DAYS_RINP_PUP_31", "按计划化疗")),
        new("RQ-10", () => Clean().SetRow(N.Oprninfo, 0, "ANST_WAY", "1"),
            () => Clean().SetRow(N.Oprninfo, 0, "ANST_WAY", "1").SetRow(N.Oprninfo, 0, "ANST_DR_NAME", "孙麻醉").SetRow(N.Oprninfo, 0, "ANST_DR_CODE", "D370100000009")),
        new("RQ-11", () => Clean().Set("BLD_CAT", "1"), () => Clean().Set("BLD_CAT", "1").Set("BLD_AMT", "400").Set("BLD_UNT", "ml")),
        new("RQ-12", () => Clean().Set("OPSP_DIAG_CATY", "A03.01"),                                 // outpatient-chronic item on an inpatient list
            // pass: the same item on an outpatient chronic/special settlement (MED_TYPE 14, S10) with the whole section filled.
            () => Clean().Set("MED_TYPE", "14").Set("OPSP_DIAG_CATY", "A03.01").Set("OPSP_MDTRT_DATE", "2024-03-01")
                .AddRow(SettlementRecord.Of(N.Opspdiseinfo, ("DIAG_NAME", "高血压"), ("DIAG_CODE", "I10.x00")))),
        new("RQ-13", () => Clean().AddDiagnosis("S06.000", "脑震荡"), () => Clean().AddDiagnosis("S06.000", "脑震荡").Set("PWCRY_BFADM_COMA_DURA", "0/0/20")),

        // CS: code sets
        new("CS-01", () => Clean().Set("NATY", "99"),                                               // ethnic codes are 01–56
            () => Clean().Set("NATY", "56")),                                                        // pass: the last ethnic code (GB/T 3304)
        new("CS-02", () => Clean().SetDiagnosis(1, UnknownDiagnosis, "不存在的诊断"),
            () => Clean().AddTcmDiagnosis(TcmDisease, "胸痹")),                                        // pass: a TCM row's code is not looked up in the western dictionary
        new("CS-03", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", UnknownProcedure),
            () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", UnknownProcedure), passingValidator: "no-dictionaries"), // pass: without a dictionary the rule stays silent
        new("CS-04", () => Clean().Set("TCM_DISE_CODE", UnknownTcm).Set("OTP_TCM_DISE", "胸痹"), () => Clean().Set("TCM_DISE_CODE", "BNX010").Set("OTP_TCM_DISE", "胸痹")),
        new("CS-05", () => Clean().Set("WM_DISE_CODE", UnknownDiagnosis),
            () => Clean().Set("WM_DISE_CODE", UnknownDiagnosis), passingValidator: "no-dictionaries"), // pass: without a dictionary the rule stays silent
        new("CS-06", () => Clean().Set("IPT_MED_TYPE", "2"), () => Clean().Set("IPT_MED_TYPE", "2").SetDiagnosis(0, "H25.900", "老年性白内障")),

        // FM: formats and lengths
        new("FM-01", () => Clean().Set("VENT_USED_DURA", "36h"), () => Clean().Set("VENT_USED_DURA", "1/12/0")),
        new("FM-02", () => Clean().Set("POSCODE", "25000"),
            () => Clean().Set("POSCODE", "010010")),                                                 // pass: six digits with a leading zero
        new("FM-03", () => Clean().Set("NWB_BIR_WT", "3.2kg"), () => Clean().Set("NWB_BIR_WT", "3200")),
        new("FM-04", () => Clean().Set("NWB_BIR_WT", "3255"),                                       // 3255 is not a multiple of 10
            () => Newborn().Set("NWB_BIR_WT", "3210").Set("NWB_ADM_WT", "3190")),                    // pass: multiples of 10 g, not of 20
        new("FM-05", () => Clean().Set("CHFPDR_CODE_STD", "N370100000001"), () => Clean().Set("CHFPDR_CODE_STD", "D370100000001")),
        new("FM-06", () => Clean().Set("MEDCASNO", new string('9', 41)),                            // MEDCASNO len 40
            () => Clean().Set("MEDCASNO", new string('9', 40))),                                     // pass: exactly the interface length
        new("FM-07", () => Clean().Set("CERTNO", "37010219790615123X"),                             // birth segment 19790615 ≠ BRDY 1978-06-15
            () => Female().Set("CERTNO", "370102197806151201")),                                     // pass: 17th digit 0 is even (female), last character a digit
        new("FM-08", () => Clean().Set("PSN_SELFPAY", "abc"),                                       // an amount that is not a number (issue 14: no silent loss)
            () => Clean().Set("PSN_SELFPAY", "5000")),                                               // pass: the clean 5000.00 written without decimals still reads

        // DT: dates and length of stay
        new("DT-01", () => Clean().Set("DSCG_TIME", "2024-02-28 10:00:00"),                         // discharge before admission
            () => SameDayStay("2024-03-08 10:00:00", "2024-03-08 10:00:00")),                         // pass: admission and discharge at the same instant
        new("DT-02", () => Clean().Set("ACT_IPT_DAYS", "8"),                                        // 03-08 − 03-01 = 7
            // pass: 03-01 23:59 → 03-08 00:01 is 6 days 2 minutes elapsed but 03-08 − 03-01 = 7 calendar days (ICU and procedures moved into the stay).
            () => Clean().Set("ADM_TIME", "2024-03-01 23:59:00").Set("DSCG_TIME", "2024-03-08 00:01:00")
                .WithRows(N.Icuinfo, new[] { Icu("CCU", "2024-03-02 10:00:00", "2024-03-04 10:00:00", "2/0/0") })
                .SetRow(N.Oprninfo, 0, "OPRN_OPRT_DATE", "2024-03-02 09:40:00").SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-02 09:10:00")),
        new("DT-03", () => Clean().Set("BRDY", "2024-03-05").Set("PATN_CERT_TYPE", "03"),           // born after admission (passport: no ID-card check)
            () => Newborn().Set("BRDY", "2024-03-01").Set("NWB_AGE", "0")),                          // pass: born on the admission day, 0 days old
        new("DT-04", () => Clean().Set("AGE", "50"),                                                // 45 completed years
            () => Clean().Set("BRDY", "1978-03-01").Set("CERTNO", "37010219780301123X").Set("AGE", "46")), // pass: admitted on the 46th birthday: 46 completed years
        new("DT-05", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-10"),
            () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-08")),                    // pass: on the discharge date, date(DSCG_TIME)
        new("DT-06", () => Clean().SetRow(N.Oprninfo, 0, "ANST_BEGNTIME", "2024-02-20 08:00:00"), () => Clean().SetRow(N.Oprninfo, 0, "ANST_BEGNTIME", "2024-03-01 09:20:00")),
        new("DT-07", () => Clean().Set("SETL_END_DATE", "2024-02-29"),                              // period ends before it begins
            () => Clean().Set("SETL_BEGN_DATE", "2024-03-08").Set("SETL_END_DATE", "2024-03-08")),   // pass: a one-day period (begin = end) on the discharge date
        new("DT-08", () => Clean().Set("DCLA_TIME", "2024-03-07 09:00:00"),
            () => Clean().Set("DCLA_TIME", "2024-03-08 10:00:00")),                                  // pass: declared at the discharge instant
        new("DT-09", () => Clean().Set("LV1_NURSCARE_DAYS", "5"),                                   // 5 + 4 = 9 > 7
            () => Clean().Set("SPGA_NURSCARE_DAYS", "1").Set("LV1_NURSCARE_DAYS", "2").Set("SCD_NURSCARE_DAYS", "3").Set("LV3_NURSCARE_DAYS", "1")), // pass: 1 + 2 + 3 + 1 = 7 = ACT_IPT_DAYS

        // NB: newborns
        new("NB-01", () => Clean().Set("BRDY", "2023-12-01").Set("PATN_CERT_TYPE", "03").Set("AGE", "0"),          // 91 days old, AGE 0, NWB_AGE empty
            () => Clean().Set("BRDY", "2023-12-01").Set("PATN_CERT_TYPE", "03").Set("AGE", null).Set("NWB_AGE", "91")),
        new("NB-02", () => Newborn().Set("NWB_ADM_TYPE", null),
            () => Infant29Days().Set("NWB_ADM_TYPE", null)),                                         // pass: 29 days old is past newborn_max_age_days 28
        new("NB-03", () => Newborn().Set("NWB_ADM_WT", null),
            () => Newborn().Set("NWB_ADM_WT", "100")),                                               // pass: exactly weight_min_grams 100
        new("NB-04", () => Female().AddDiagnosis("Z37.000", "单胎活产"), () => Female().AddDiagnosis("Z37.000", "单胎活产").Set("NWB_BIR_WT", "3200")),
        new("NB-05", () => Female().AddDiagnosis("Z37.200", "双胎活产").Set("NWB_BIR_WT", "3200"),                    // twins: 2 weights expected, 1 given
            () => Female().AddDiagnosis("Z37.200", "双胎活产").Set("MUL_NWB_BIR_WT", "2500,2400")),
        new("NB-06", () => Newborn().AddDiagnosis("P07.100x004", "低出生体重儿（1500–2499克）"),                      // 3200 g is outside 1500–2499
            () => Newborn().AddDiagnosis("P07.100x004", "低出生体重儿（1500–2499克）").Set("NWB_BIR_WT", "2000").Set("NWB_ADM_WT", "2000")),
        new("NB-07", () => Clean().AddDiagnosis("P10.000", "产伤所致硬膜下出血"), () => Newborn().AddDiagnosis("P10.000", "产伤所致硬膜下出血")),
        new("NB-08", () => Female().AddDiagnosis("O80.000", "单胎顺产").Set("NWB_BIR_WT", "3200"),                     // delivery without Z37
            () => Female().AddDiagnosis("O80.000", "单胎顺产").AddDiagnosis("Z37.000", "单胎活产").Set("NWB_BIR_WT", "3200")),

        // SX / AG: sex- and age-specific codes
        // SX-01/SX-02 break on an other diagnosis: "REJECT-G when main, WARN otherwise" (notes §7) makes these warnings.
        new("SX-01", () => Clean().AddDiagnosis("N70.000", "急性输卵管炎"), () => Female().AddDiagnosis("N70.000", "急性输卵管炎"), severity: IssueSeverity.Warning),
        new("SX-02", () => Female().AddDiagnosis("N40.x00", "前列腺增生"), () => Clean().AddDiagnosis("N40.x00", "前列腺增生"), severity: IssueSeverity.Warning),
        new("SX-03", () => Clean().AddProcedure("68.4100"), () => Female().AddProcedure("68.4100")),
        new("SX-04", () => Clean().Set("GEND", "9"),
            Female),                                                                                 // pass: GEND 2, the other value the grouper takes
        new("SX-05", () => Clean().Set("WM_DISE_CODE", "N70.000").Set("OTP_WM_DISE", "急性输卵管炎"),
            () => Clean().Set("WM_DISE_CODE", "N99.100").Set("OTP_WM_DISE", "手术后尿道狭窄")),           // pass: N99.1 is just below the female-only N99.2–N99.3
        new("AG-01", () => Clean().Set("BRDY", "2014-01-01").Set("AGE", "10").Set("PATN_CERT_TYPE", "03").AddDiagnosis("C61.x00", "前列腺恶性肿瘤"),
            () => Clean().AddDiagnosis("C61.x00", "前列腺恶性肿瘤")),
        new("AG-02", () => Clean().AddDiagnosis("M08.000", "幼年型类风湿性关节炎"),
            () => Clean().Set("BRDY", "2014-01-01").Set("AGE", "10").Set("PATN_CERT_TYPE", "03").AddDiagnosis("M08.000", "幼年型类风湿性关节炎")),

        // MD: main diagnosis
        new("MD-01", () => Clean().SetRow(N.Diseinfo, 1, "MAINDIAG_FLAG", "1"),                     // two main diagnoses
            () => Clean().AddTcmDiagnosis(TcmDisease, "胸痹", main: true)),                             // pass: a TCM main disease beside the one western main (MD-01 counts western rows)
        new("MD-02", () => Clean().AddDiagnosis("G63.2*", "糖尿病性多神经病"), () => Clean().AddDiagnosis("E11.400+G63.2*", "2型糖尿病性多神经病")),
        new("MD-03", () => Clean().SetDiagnosis(0, "W19.x00", "跌倒"),
            () => Clean().AddDiagnosis("W19.x00", "跌倒")),                                           // pass: an external cause as other diagnosis (only a region bans it there)
        new("MD-04", () => Clean().AddDiagnosis("M8140/3", "腺癌"),
            () => Clean().AddDiagnosis("M89.900", "骨疾患")),                                         // pass: a chapter-XIII code starting M8, not a morphology code
        new("MD-05", () => Clean().SetDiagnosis(0, "B96.200", "大肠杆菌感染"),
            () => Clean().AddDiagnosis("B96.200", "大肠杆菌感染")),                                     // pass: the agent code as other diagnosis
        new("MD-06", () => Clean().SetDiagnosis(0, "I69.300", "脑梗死后遗症"),
            () => Clean().AddDiagnosis("I69.300", "脑梗死后遗症")),                                     // pass: a sequela code as other diagnosis
        new("MD-07", () => Clean().SetDiagnosis(0, "R07.400", "胸痛"), () => Clean().SetDiagnosis(0, "R07.400", "胸痛").SetDiagnosis(1, "Z95.500", "冠状动脉支架植入状态")),
        new("MD-08", () => Clean().SetDiagnosis(0, "I50.900", "心力衰竭"),
            () => Clean().SetDiagnosis(0, "I50.000", "充血性心力衰竭")),                                // pass: a specified I50 subcategory as main
        new("MD-09", () => Clean().SetRow(N.Diseinfo, 0, "ADM_COND_TYPE", "4"),
            () => Clean().SetRow(N.Diseinfo, 1, "ADM_COND_TYPE", "4")),                              // pass: POA 4 on the other diagnosis, main 1: not every row 4
        new("MD-10", () => Clean().SetDiagnosis(0, "T81.000", "操作后出血"),                         // complication main with a main procedure
            () => Clean().SetDiagnosis(0, "T81.000", "操作后出血").WithRows(N.Oprninfo, Array.Empty<SettlementRecord>()).Set("OPRN_OPRT_CODE_CNT", "0")), // pass: the same main without any procedure
        new("MD-11", () => Clean().SetDiagnosis(0, UngroupableMain, "不能分组的诊断"),
            () => Clean().AddDiagnosis(UngroupableMain, "不能分组的诊断")),                              // pass: the same code as other diagnosis
        new("MD-12", () => Clean().AddDiagnosis("Z51.000", "放射治疗疗程"), () => Clean().AddDiagnosis("Z51.000", "放射治疗疗程").AddProcedure("92.2400")),
        new("MD-13", () => Clean().SetDiagnosis(0, "I25.103", "冠状动脉粥样硬化性心脏病").SetDiagnosis(1, "I21.000", "急性前壁心肌梗死"),
            () => Clean().AddDiagnosis("I25.103", "冠状动脉粥样硬化性心脏病")),                           // pass: I21 main, I25.103 as other diagnosis

        // DX: diagnosis list
        new("DX-01", () => Clean().SetDiagnosis(1, "I21.000", "急性前壁心肌梗死"),
            () => Clean().AddDiagnosis("I21.100", "急性下壁心肌梗死")),                                 // pass: same category I21, different code
        new("DX-02", () => Clean().AddDiagnosis("E11.900", "2型糖尿病").AddDiagnosis("E11.200", "2型糖尿病性肾病"), () => Clean().AddDiagnosis("E11.200", "2型糖尿病性肾病")),
        new("DX-03", () => Clean().Set("DIAG_CODE_CNT", "3"),
            () => Clean().Set("DIAG_CODE_CNT", null).Set("OPRN_OPRT_CODE_CNT", null)),                // pass: the counts are optional (4101 mandatory flag N); omitted, nothing to compare
        new("DX-04", () => Clean().SetRow(N.Diseinfo, 1, "ADM_COND_TYPE", null),
            () => Clean().AddTcmDiagnosis(TcmDisease, "胸痹", condition: null)),                        // pass: a TCM row without present-on-admission
        new("DX-05", () => Clean().AddDiagnosis("T81.400", "操作后感染"),
            () => Clean().AddDiagnosis("T80.200", "输液后感染")),                                       // pass: T80 is just below T81–T88

        // PR: procedures
        new("PR-01", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_TYPE", "1"),
            () => Clean().SetRow(N.Oprninfo, 0, "OPRN_OPRT_TYPE", "2").SetRow(N.Oprninfo, 1, "OPRN_OPRT_TYPE", "1")), // pass: exactly one main, listed second
        new("PR-02", () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", "36.0700").SetRow(N.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-01 09:40:00"),
            () => Clean().SetRow(N.Oprninfo, 1, "OPRN_OPRT_CODE", "36.0700")),                       // same code, different time: allowed
        new("PR-03", () => Clean().SetRow(N.Oprninfo, 0, "OPRN_OPRT_CODE", "00.4000"),
            () => Clean().AddProcedure("00.4000")),                                                  // pass: the vessel count as other procedure
        new("PR-04", () => Clean().SetRow(N.Oprninfo, 1, "OPER_DR_CODE", null),
            () => Clean().SetRow(N.Oprninfo, 1, "OPER_DR_NAME", "王")),                               // pass: the surgeon's name in its shortest form, one character
        new("PR-05", () => Clean().AddProcedure("81.0200"), () => Clean().AddProcedure("81.0200").AddProcedure("81.6200")),
        new("PR-06", () => Clean().AddProcedure("39.6100").AddProcedure("39.6500"), () => Clean().AddProcedure("39.6500")),
        new("PR-07", () => Clean().AddProcedure("37.8000"),
            () => Clean().AddProcedure("37.8100")),                                                  // pass: the specified code next to the non-specific 37.80
        new("PR-08", () => Clean().Set("CHRG_TAGS", "ECMO"), () => Clean().Set("CHRG_TAGS", "ECMO").AddProcedure("39.6500")),

        // IC: ICU, ventilator, coma
        new("IC-01", () => Clean().SetRow(N.Icuinfo, 0, "SCS_CUTD_EXIT_TIME", "2024-03-01 09:00:00"), // exit before entry
            // pass: ICU from the admission instant to the discharge instant, 03-01 08:30 → 03-08 10:00 = 7/1/30.
            () => Clean().WithRows(N.Icuinfo, new[] { Icu("CCU", "2024-03-01 08:30:00", "2024-03-08 10:00:00", "7/1/30") })),
        new("IC-02", () => Clean().SetRow(N.Icuinfo, 0, "SCS_CUTD_SUM_DURA", "1/0/0"),                 // 48 h shown as 24 h
            () => Clean().SetRow(N.Icuinfo, 0, "SCS_CUTD_SUM_DURA", "1/23/59")),                      // pass: 2879 min against 2880, exactly the 1-minute tolerance
        new("IC-03", () => Clean().AddRow(Icu("CCU", "2024-03-02 10:00:00", "2024-03-04 10:00:00", "2/0/0")), // overlaps the first stay
            () => Clean().AddRow(Icu("CCU", "2024-03-04 10:00:00", "2024-03-05 10:00:00", "1/0/0"))),
        new("IC-04", () => Clean().Set("VENT_USED_DURA", "8/0/0"), () => Clean().Set("VENT_USED_DURA", "1/0/0")),  // stay is 7 d 1 h 30 min
        new("IC-05", () => Clean().Set("VENT_USED_DURA", "2/0/0").AddProcedure("96.7201"), () => Clean().Set("VENT_USED_DURA", "2/0/0").AddProcedure("96.7101")),
        new("IC-06", () => Clean().Set("PWCRY_AFADM_COMA_DURA", "9/0/0"), () => Clean().Set("PWCRY_AFADM_COMA_DURA", "0/5/0")),

        // FE: fees and payments
        new("FE-01", () => Clean().SetRow(N.Iteminfo, 1, "MED_CHRGITM", "01"),
            () => Clean().WithRows(N.Iteminfo, EveryCategoryOnce())),                                 // pass: all 14 categories, each exactly once
        new("FE-02", () => Clean().SetRow(N.Iteminfo, 0, "CLAA_SUMFEE", "600.00"),                   // 600 + 0 + 0 + 0 ≠ 700
            () => Clean().SetRow(N.Iteminfo, 0, "CLAA_SUMFEE", "699.99")),                           // pass: 700 − 699.99 = 0.01, exactly the tolerance
        new("FE-03", () => Clean().SetRow(N.Iteminfo, 0, "CLAA_SUMFEE", "710.00").SetRow(N.Iteminfo, 0, "OTH_AMT", "-10.00"), // row still sums to 700
            // pass: PSN_OWNPAY 0.00 (≥ 0); 18000 + 6000 + 0 = 24000 (FE-05), 6000 + 0 = 2000 + 4000 (FE-06).
            () => Clean().Set("PSN_SELFPAY", "6000.00").Set("PSN_OWNPAY", "0.00")),
        new("FE-04", () => Clean().Set("MEDFEE_SUMAMT", "24500.00"),
            () => Clean().Set("MEDFEE_SUMAMT", "24000.01")),                                         // pass: 24000.01 − 24000 = 0.01, exactly the tolerance
        new("FE-05", () => Clean().SetRow(N.Payinfo, 0, "FUND_PAYAMT", "17000.00"),                 // 17000 + 5000 + 1000 ≠ 24000
            () => Clean().SetRow(N.Payinfo, 0, "FUND_PAYAMT", "17999.99")),                          // pass: 17999.99 + 5000 + 1000 = 23999.99, 0.01 short
        new("FE-06", () => Clean().Set("PSN_CASHPAY", "3000.00"),                                   // 5000 + 1000 ≠ 2000 + 3000
            () => Clean().Set("PSN_CASHPAY", "4000.01")),                                            // pass: 2000 + 4000.01 − 6000 = 0.01
        new("FE-07", () => Clean().SetRow(N.Payinfo, 1, "FUND_PAYAMT", "1500.00"),                  // 310200 1500 ≠ ACCT_PAY 2000
            () => Clean().SetRow(N.Payinfo, 1, "FUND_PAYAMT", "2000.01")),                           // pass: 310200 2000.01 against ACCT_PAY 2000, 0.01 apart
        new("FE-08", () => Clean().Set("BILL_NO", null),
            () => Clean().Set("BILL_NO", "0")),                                                      // pass: the invoice number in its shortest form, one character
        new("FE-09", () => Clean().Set("SETL_ID", "ST-REVERSED"), () => Clean().Set("SETL_ID", "ST-UNKNOWN"), validator: "registry"),                                   // pass: the registry does not know the settlement: no finding rather than a guess

        // DS / GR: discharge, death, grouper
        new("DS-01", () => Clean().Set("DSCG_WAY", "7"),
            () => Clean().Set("DSCG_WAY", "9"), passingValidator: "region"),                               // pass: 9 is the last code of the set (the region switches DS-06 off)
        new("DS-02", () => Clean().Set("ACP_MEDINS_NAME", "示例市第二医院"),
            () => Clean().Set("DSCG_WAY", "3").Set("ACP_MEDINS_NAME", "示例镇卫生院").Set("ACP_OPTINS_CODE", "H37010000003")), // pass: transfer to a community/township facility (3) names it
        new("DS-03", () => Clean().Set("DSCG_WAY", "5").Set("DEATH_TIME", "2024-03-08 06:00:00"), () => Clean().Set("DSCG_WAY", "5").Set("DEATH_TIME", "2024-03-08 10:00:00")),
        new("DS-04", () => Clean().Set("DSCG_WAY", "5").Set("DAYS_RINP_FLAG_31", "2").Set("DAYS_RINP_PUP_31", "复查"),
            () => Clean().Set("DSCG_WAY", "5")),                                                     // pass: a death with the plan flag 1 (no plan) and no purpose
        new("DS-05", () => Clean().Set("FP_DEATH_FLAG", "1"), () => Clean().Set("FP_DEATH_FLAG", "1").Set("DSCG_WAY", "5")),
        new("DS-06", () => Clean().Set("DSCG_WAY", "9"),
            () => Clean().Set("DSCG_WAY", "4")),                                                     // pass: 4 (非医嘱离院), the nearest code that is not 9
        new("GR-01", () => Newborn().Set("NWB_BIR_WT", null),                                       // newborn without the birth weight the grouper needs
            () => Infant29Days().Set("NWB_BIR_WT", null)),                                           // pass: 29 days old is past newborn_max_age_days 28
    };

    internal sealed class RuleCase
    {
        public RuleCase(string rule, Func<SettlementList> breaking, Func<SettlementList> passing, string validator = "default", string? passingValidator = null,
            IssueSeverity? severity = null)
        {
            Rule = rule;
            Breaking = breaking;
            Passing = passing;
            Validator = validator;
            PassingValidator = passingValidator ?? validator;
            Severity = severity;
        }

        public string Rule { get; }

        public Func<SettlementList> Breaking { get; }

        public Func<SettlementList> Passing { get; }

        /// <summary>The validator the breaking list runs under.</summary>
        public string Validator { get; }

        /// <summary>The validator the passing list runs under (the breaking list's unless the boundary is the validator's own).</summary>
        public string PassingValidator { get; }

        /// <summary>The expected severity of the breaking list's findings when it is not the rule's (research notes) severity.</summary>
        public IssueSeverity? Severity { get; }

        public override string ToString() => Rule;
    }
}
