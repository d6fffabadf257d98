// The national 4101/4101A field table (docs/settlement-validation.md §2), plus the regional and extension fields named there.
namespace MedPay.Rules.Settlement;

/// <summary>The fields of the <c>setlinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class SetlinfoFields
{
    /// <summary>SETL_LIST_SN 清单流水号: settlement-list serial number.</summary>
    public static readonly SettlementField SetlListSn = new(SettlementNode.Setlinfo, 0, "SETL_LIST_SN", SettlementFieldKind.Text, 0, SettlementFieldOrigin.National, "清单流水号", "settlement-list serial number");

    /// <summary>MDTRT_ID 就诊ID: encounter id (insurance visit id).</summary>
    public static readonly SettlementField MdtrtId = new(SettlementNode.Setlinfo, 1, "MDTRT_ID", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "就诊ID", "encounter id (insurance visit id)");

    /// <summary>SETL_ID 结算ID: settlement id.</summary>
    public static readonly SettlementField SetlId = new(SettlementNode.Setlinfo, 2, "SETL_ID", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "结算ID", "settlement id");

    /// <summary>PSN_NO 人员编号: insured-person number.</summary>
    public static readonly SettlementField PsnNo = new(SettlementNode.Setlinfo, 3, "PSN_NO", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "人员编号", "insured-person number");

    /// <summary>FIXMEDINS_NAME 定点医药机构名称: designated institution name.</summary>
    public static readonly SettlementField FixmedinsName = new(SettlementNode.Setlinfo, 4, "FIXMEDINS_NAME", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "定点医药机构名称", "designated institution name");

    /// <summary>FIXMEDINS_CODE 定点医药机构编号: designated institution code.</summary>
    public static readonly SettlementField FixmedinsCode = new(SettlementNode.Setlinfo, 5, "FIXMEDINS_CODE", SettlementFieldKind.Text, 12, SettlementFieldOrigin.National, "定点医药机构编号", "designated institution code");

    /// <summary>HI_SETL_LV 医保结算等级: insurance settlement level.</summary>
    public static readonly SettlementField HiSetlLv = new(SettlementNode.Setlinfo, 6, "HI_SETL_LV", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "医保结算等级", "insurance settlement level");

    /// <summary>HI_NO 医保编号: insurance number.</summary>
    public static readonly SettlementField HiNo = new(SettlementNode.Setlinfo, 7, "HI_NO", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "医保编号", "insurance number");

    /// <summary>MEDCASNO 病案号: medical record number.</summary>
    public static readonly SettlementField Medcasno = new(SettlementNode.Setlinfo, 8, "MEDCASNO", SettlementFieldKind.Text, 40, SettlementFieldOrigin.National, "病案号", "medical record number");

    /// <summary>DCLA_TIME 申报时间: declaration (upload) time.</summary>
    public static readonly SettlementField DclaTime = new(SettlementNode.Setlinfo, 9, "DCLA_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "申报时间", "declaration (upload) time");

    /// <summary>PSN_NAME 人员姓名: patient name.</summary>
    public static readonly SettlementField PsnName = new(SettlementNode.Setlinfo, 10, "PSN_NAME", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "人员姓名", "patient name");

    /// <summary>GEND 性别: sex.</summary>
    public static readonly SettlementField Gend = new(SettlementNode.Setlinfo, 11, "GEND", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "性别", "sex");

    /// <summary>BRDY 出生日期: date of birth.</summary>
    public static readonly SettlementField Brdy = new(SettlementNode.Setlinfo, 12, "BRDY", SettlementFieldKind.Date, 0, SettlementFieldOrigin.National, "出生日期", "date of birth");

    /// <summary>AGE 年龄: age (years).</summary>
    public static readonly SettlementField Age = new(SettlementNode.Setlinfo, 13, "AGE", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "年龄", "age (years)");

    /// <summary>NTLY 国籍: nationality.</summary>
    public static readonly SettlementField Ntly = new(SettlementNode.Setlinfo, 14, "NTLY", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "国籍", "nationality");

    /// <summary>NWB_AGE （年龄不足1周岁）年龄: age in days (infant under one year).</summary>
    public static readonly SettlementField NwbAge = new(SettlementNode.Setlinfo, 15, "NWB_AGE", SettlementFieldKind.Integer, 3, SettlementFieldOrigin.National, "（年龄不足1周岁）年龄", "age in days (infant under one year)", "AGE_DAYS");

    /// <summary>NATY 民族: ethnic group.</summary>
    public static readonly SettlementField Naty = new(SettlementNode.Setlinfo, 16, "NATY", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "民族", "ethnic group");

    /// <summary>PATN_CERT_TYPE 患者证件类别: patient ID-document type.</summary>
    public static readonly SettlementField PatnCertType = new(SettlementNode.Setlinfo, 17, "PATN_CERT_TYPE", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "患者证件类别", "patient ID-document type", "PSN_CERT_TYPE");

    /// <summary>CERTNO 证件号码: ID-document number.</summary>
    public static readonly SettlementField Certno = new(SettlementNode.Setlinfo, 18, "CERTNO", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "证件号码", "ID-document number");

    /// <summary>PRFS 职业: occupation.</summary>
    public static readonly SettlementField Prfs = new(SettlementNode.Setlinfo, 19, "PRFS", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "职业", "occupation");

    /// <summary>CURR_ADDR 现住址: current address.</summary>
    public static readonly SettlementField CurrAddr = new(SettlementNode.Setlinfo, 20, "CURR_ADDR", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "现住址", "current address");

    /// <summary>EMP_NAME 工作单位名称: employer name.</summary>
    public static readonly SettlementField EmpName = new(SettlementNode.Setlinfo, 21, "EMP_NAME", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "工作单位名称", "employer name");

    /// <summary>EMP_ADDR 工作单位地址: employer address.</summary>
    public static readonly SettlementField EmpAddr = new(SettlementNode.Setlinfo, 22, "EMP_ADDR", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "工作单位地址", "employer address");

    /// <summary>EMP_TEL 单位电话: employer telephone.</summary>
    public static readonly SettlementField EmpTel = new(SettlementNode.Setlinfo, 23, "EMP_TEL", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "单位电话", "employer telephone");

    /// <summary>POSCODE 邮编: postcode.</summary>
    public static readonly SettlementField Poscode = new(SettlementNode.Setlinfo, 24, "POSCODE", SettlementFieldKind.Text, 6, SettlementFieldOrigin.National, "邮编", "postcode", "EMP_POSCODE");

    /// <summary>CONER_NAME 联系人姓名: contact person name.</summary>
    public static readonly SettlementField ConerName = new(SettlementNode.Setlinfo, 25, "CONER_NAME", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "联系人姓名", "contact person name");

    /// <summary>PATN_RLTS 与患者关系: contact's relationship to patient.</summary>
    public static readonly SettlementField PatnRlts = new(SettlementNode.Setlinfo, 26, "PATN_RLTS", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "与患者关系", "contact's relationship to patient");

    /// <summary>CONER_ADDR 联系人地址: contact address.</summary>
    public static readonly SettlementField ConerAddr = new(SettlementNode.Setlinfo, 27, "CONER_ADDR", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "联系人地址", "contact address");

    /// <summary>CONER_TEL 联系人电话: contact telephone.</summary>
    public static readonly SettlementField ConerTel = new(SettlementNode.Setlinfo, 28, "CONER_TEL", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "联系人电话", "contact telephone");

    /// <summary>HI_TYPE 医保类型: insurance scheme type.</summary>
    public static readonly SettlementField HiType = new(SettlementNode.Setlinfo, 29, "HI_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "医保类型", "insurance scheme type", "INSUTYPE");

    /// <summary>INSUPLC 参保地: place of insurance.</summary>
    public static readonly SettlementField Insuplc = new(SettlementNode.Setlinfo, 30, "INSUPLC", SettlementFieldKind.Text, 6, SettlementFieldOrigin.National, "参保地", "place of insurance", "INSU_ADMDVS");

    /// <summary>SP_PSN_TYPE 特殊人员类型: special-person category.</summary>
    public static readonly SettlementField SpPsnType = new(SettlementNode.Setlinfo, 31, "SP_PSN_TYPE", SettlementFieldKind.Code, 6, SettlementFieldOrigin.National, "特殊人员类型", "special-person category");

    /// <summary>NWB_ADM_TYPE 新生儿入院类型: newborn admission type.</summary>
    public static readonly SettlementField NwbAdmType = new(SettlementNode.Setlinfo, 32, "NWB_ADM_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "新生儿入院类型", "newborn admission type");

    /// <summary>NWB_BIR_WT 新生儿出生体重: newborn birth weight (g).</summary>
    public static readonly SettlementField NwbBirWt = new(SettlementNode.Setlinfo, 33, "NWB_BIR_WT", SettlementFieldKind.Decimal, 6, SettlementFieldOrigin.National, "新生儿出生体重", "newborn birth weight (g)");

    /// <summary>NWB_ADM_WT 新生儿入院体重: newborn admission weight (g).</summary>
    public static readonly SettlementField NwbAdmWt = new(SettlementNode.Setlinfo, 34, "NWB_ADM_WT", SettlementFieldKind.Decimal, 6, SettlementFieldOrigin.National, "新生儿入院体重", "newborn admission weight (g)");

    /// <summary>MUL_NWB_BIR_WT 多新生儿出生体重: birth weights, multiple births.</summary>
    public static readonly SettlementField MulNwbBirWt = new(SettlementNode.Setlinfo, 35, "MUL_NWB_BIR_WT", SettlementFieldKind.NumberList, 0, SettlementFieldOrigin.National, "多新生儿出生体重", "birth weights, multiple births");

    /// <summary>MUL_NWB_ADM_WT 多新生儿入院体重: admission weights, multiple newborns.</summary>
    public static readonly SettlementField MulNwbAdmWt = new(SettlementNode.Setlinfo, 36, "MUL_NWB_ADM_WT", SettlementFieldKind.NumberList, 0, SettlementFieldOrigin.National, "多新生儿入院体重", "admission weights, multiple newborns");

    /// <summary>OPSP_DIAG_CATY 门诊慢特病诊断科别: diagnosing department (outpatient chronic/special disease).</summary>
    public static readonly SettlementField OpspDiagCaty = new(SettlementNode.Setlinfo, 37, "OPSP_DIAG_CATY", SettlementFieldKind.Code, 50, SettlementFieldOrigin.National, "门诊慢特病诊断科别", "diagnosing department (outpatient chronic/special disease)");

    /// <summary>OPSP_MDTRT_DATE 门诊慢特病就诊日期: visit date (outpatient chronic/special).</summary>
    public static readonly SettlementField OpspMdtrtDate = new(SettlementNode.Setlinfo, 38, "OPSP_MDTRT_DATE", SettlementFieldKind.Date, 0, SettlementFieldOrigin.National, "门诊慢特病就诊日期", "visit date (outpatient chronic/special)", "OPSP_MDTRT_TIME");

    /// <summary>IPT_MED_TYPE 住院医疗类型: inpatient care type.</summary>
    public static readonly SettlementField IptMedType = new(SettlementNode.Setlinfo, 39, "IPT_MED_TYPE", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "住院医疗类型", "inpatient care type");

    /// <summary>ADM_WAY 入院途径: admission route.</summary>
    public static readonly SettlementField AdmWay = new(SettlementNode.Setlinfo, 40, "ADM_WAY", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "入院途径", "admission route", "ADM_WAY_CODE");

    /// <summary>TRT_TYPE 治疗类别: treatment category.</summary>
    public static readonly SettlementField TrtType = new(SettlementNode.Setlinfo, 41, "TRT_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "治疗类别", "treatment category");

    /// <summary>ADM_TIME 入院时间: admission date-time.</summary>
    public static readonly SettlementField AdmTime = new(SettlementNode.Setlinfo, 42, "ADM_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "入院时间", "admission date-time");

    /// <summary>ADM_CATY 入院科别: admission department.</summary>
    public static readonly SettlementField AdmCaty = new(SettlementNode.Setlinfo, 43, "ADM_CATY", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "入院科别", "admission department", "ADM_DEPT_CODG");

    /// <summary>REFLDEPT_DEPT 转科科别: transfer department(s).</summary>
    public static readonly SettlementField RefldeptDept = new(SettlementNode.Setlinfo, 44, "REFLDEPT_DEPT", SettlementFieldKind.Code, 6, SettlementFieldOrigin.National, "转科科别", "transfer department(s)", "REFL_CATY");

    /// <summary>DSCG_TIME 出院时间: discharge date-time.</summary>
    public static readonly SettlementField DscgTime = new(SettlementNode.Setlinfo, 45, "DSCG_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "出院时间", "discharge date-time", "DSCG_DATE");

    /// <summary>DSCG_CATY 出院科别: discharge department.</summary>
    public static readonly SettlementField DscgCaty = new(SettlementNode.Setlinfo, 46, "DSCG_CATY", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "出院科别", "discharge department", "DSCG_DEPT_CODG");

    /// <summary>ACT_IPT_DAYS 实际住院天数: length of stay (days).</summary>
    public static readonly SettlementField ActIptDays = new(SettlementNode.Setlinfo, 47, "ACT_IPT_DAYS", SettlementFieldKind.Integer, 0, SettlementFieldOrigin.National, "实际住院天数", "length of stay (days)");

    /// <summary>OTP_WM_DISE 门（急）诊诊断（西医诊断）: outpatient/ER western diagnosis name.</summary>
    public static readonly SettlementField OtpWmDise = new(SettlementNode.Setlinfo, 48, "OTP_WM_DISE", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "门（急）诊诊断（西医诊断）", "outpatient/ER western diagnosis name", "OTP_WM_DIAG");

    /// <summary>WM_DISE_CODE 门（急）诊西医诊断疾病代码: outpatient/ER western diagnosis code.</summary>
    public static readonly SettlementField WmDiseCode = new(SettlementNode.Setlinfo, 49, "WM_DISE_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "门（急）诊西医诊断疾病代码", "outpatient/ER western diagnosis code", "OTP_WM_DIAG_DISE_CODE");

    /// <summary>OTP_TCM_DISE 门（急）诊诊断（中医诊断）: outpatient/ER TCM diagnosis name.</summary>
    public static readonly SettlementField OtpTcmDise = new(SettlementNode.Setlinfo, 50, "OTP_TCM_DISE", SettlementFieldKind.Text, 200, SettlementFieldOrigin.National, "门（急）诊诊断（中医诊断）", "outpatient/ER TCM diagnosis name", "OTP_TCM_DIAG");

    /// <summary>TCM_DISE_CODE 门（急）诊中医诊断代码: outpatient/ER TCM diagnosis code.</summary>
    public static readonly SettlementField TcmDiseCode = new(SettlementNode.Setlinfo, 51, "TCM_DISE_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "门（急）诊中医诊断代码", "outpatient/ER TCM diagnosis code", "OTP_TCM_DIAG_DISE_CODE");

    /// <summary>DIAG_CODE_CNT 诊断代码计数: count of diagnosis codes.</summary>
    public static readonly SettlementField DiagCodeCnt = new(SettlementNode.Setlinfo, 52, "DIAG_CODE_CNT", SettlementFieldKind.Integer, 3, SettlementFieldOrigin.National, "诊断代码计数", "count of diagnosis codes");

    /// <summary>OPRN_OPRT_CODE_CNT 手术及操作代码计数: count of procedure codes.</summary>
    public static readonly SettlementField OprnOprtCodeCnt = new(SettlementNode.Setlinfo, 53, "OPRN_OPRT_CODE_CNT", SettlementFieldKind.Integer, 3, SettlementFieldOrigin.National, "手术及操作代码计数", "count of procedure codes");

    /// <summary>VENT_USED_DURA 呼吸机使用时间: ventilator time.</summary>
    public static readonly SettlementField VentUsedDura = new(SettlementNode.Setlinfo, 54, "VENT_USED_DURA", SettlementFieldKind.Duration, 10, SettlementFieldOrigin.National, "呼吸机使用时间", "ventilator time");

    /// <summary>PWCRY_BFADM_COMA_DURA 颅脑损伤患者昏迷时间（入院前）: coma time before admission (head injury).</summary>
    public static readonly SettlementField PwcryBfadmComaDura = new(SettlementNode.Setlinfo, 55, "PWCRY_BFADM_COMA_DURA", SettlementFieldKind.Duration, 0, SettlementFieldOrigin.National, "颅脑损伤患者昏迷时间（入院前）", "coma time before admission (head injury)");

    /// <summary>PWCRY_AFADM_COMA_DURA 颅脑损伤患者昏迷时间（入院后）: coma time after admission (head injury).</summary>
    public static readonly SettlementField PwcryAfadmComaDura = new(SettlementNode.Setlinfo, 56, "PWCRY_AFADM_COMA_DURA", SettlementFieldKind.Duration, 0, SettlementFieldOrigin.National, "颅脑损伤患者昏迷时间（入院后）", "coma time after admission (head injury)");

    /// <summary>BLD_CAT 输血品种: blood product type.</summary>
    public static readonly SettlementField BldCat = new(SettlementNode.Setlinfo, 57, "BLD_CAT", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "输血品种", "blood product type");

    /// <summary>BLD_AMT 输血量: transfusion volume.</summary>
    public static readonly SettlementField BldAmt = new(SettlementNode.Setlinfo, 58, "BLD_AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "输血量", "transfusion volume");

    /// <summary>BLD_UNT 输血计量单位: transfusion unit.</summary>
    public static readonly SettlementField BldUnt = new(SettlementNode.Setlinfo, 59, "BLD_UNT", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "输血计量单位", "transfusion unit");

    /// <summary>SPGA_NURSCARE_DAYS 特级护理天数: special-grade nursing days.</summary>
    public static readonly SettlementField SpgaNurscareDays = new(SettlementNode.Setlinfo, 60, "SPGA_NURSCARE_DAYS", SettlementFieldKind.Integer, 0, SettlementFieldOrigin.National, "特级护理天数", "special-grade nursing days");

    /// <summary>LV1_NURSCARE_DAYS 一级护理天数: grade-1 nursing days.</summary>
    public static readonly SettlementField Lv1NurscareDays = new(SettlementNode.Setlinfo, 61, "LV1_NURSCARE_DAYS", SettlementFieldKind.Integer, 0, SettlementFieldOrigin.National, "一级护理天数", "grade-1 nursing days");

    /// <summary>SCD_NURSCARE_DAYS 二级护理天数: grade-2 nursing days.</summary>
    public static readonly SettlementField ScdNurscareDays = new(SettlementNode.Setlinfo, 62, "SCD_NURSCARE_DAYS", SettlementFieldKind.Integer, 0, SettlementFieldOrigin.National, "二级护理天数", "grade-2 nursing days");

    /// <summary>LV3_NURSCARE_DAYS 三级护理天数: grade-3 nursing days.</summary>
    public static readonly SettlementField Lv3NurscareDays = new(SettlementNode.Setlinfo, 63, "LV3_NURSCARE_DAYS", SettlementFieldKind.Integer, 0, SettlementFieldOrigin.National, "三级护理天数", "grade-3 nursing days");

    /// <summary>DSCG_WAY 离院方式: discharge disposition.</summary>
    public static readonly SettlementField DscgWay = new(SettlementNode.Setlinfo, 64, "DSCG_WAY", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "离院方式", "discharge disposition");

    /// <summary>ACP_MEDINS_NAME 拟接收机构名称: receiving institution name.</summary>
    public static readonly SettlementField AcpMedinsName = new(SettlementNode.Setlinfo, 65, "ACP_MEDINS_NAME", SettlementFieldKind.Text, 100, SettlementFieldOrigin.National, "拟接收机构名称", "receiving institution name", "ACP_OPTINS_NAME");

    /// <summary>ACP_OPTINS_CODE 拟接收机构代码: receiving institution code.</summary>
    public static readonly SettlementField AcpOptinsCode = new(SettlementNode.Setlinfo, 66, "ACP_OPTINS_CODE", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "拟接收机构代码", "receiving institution code");

    /// <summary>DAYS_RINP_FLAG_31 是否有出院31天内再住院计划: 31-day readmission plan flag.</summary>
    public static readonly SettlementField DaysRinpFlag31 = new(SettlementNode.Setlinfo, 67, "DAYS_RINP_FLAG_31", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "是否有出院31天内再住院计划", "31-day readmission plan flag", "DSCG31DAYS_RINP_FLAG");

    /// <summary>DAYS_RINP_PUP_31 出院31天内再住院目的: purpose of planned readmission.</summary>
    public static readonly SettlementField DaysRinpPup31 = new(SettlementNode.Setlinfo, 68, "DAYS_RINP_PUP_31", SettlementFieldKind.Text, 0, SettlementFieldOrigin.National, "出院31天内再住院目的", "purpose of planned readmission", "RINP_PUP");

    /// <summary>CHFPDR_NAME 主诊医师姓名: attending (chief) physician name.</summary>
    public static readonly SettlementField ChfpdrName = new(SettlementNode.Setlinfo, 69, "CHFPDR_NAME", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "主诊医师姓名", "attending (chief) physician name");

    /// <summary>CHFPDR_CODE 主诊医师代码: attending physician code.</summary>
    public static readonly SettlementField ChfpdrCode = new(SettlementNode.Setlinfo, 70, "CHFPDR_CODE", SettlementFieldKind.Text, 0, SettlementFieldOrigin.National, "主诊医师代码", "attending physician code");

    /// <summary>RESP_NURS_NAME 责任护士姓名: responsible nurse name.</summary>
    public static readonly SettlementField RespNursName = new(SettlementNode.Setlinfo, 71, "RESP_NURS_NAME", SettlementFieldKind.Text, 0, SettlementFieldOrigin.National, "责任护士姓名", "responsible nurse name");

    /// <summary>RESP_NURS_CODE 责任护士代码: responsible nurse code.</summary>
    public static readonly SettlementField RespNursCode = new(SettlementNode.Setlinfo, 72, "RESP_NURS_CODE", SettlementFieldKind.Text, 0, SettlementFieldOrigin.National, "责任护士代码", "responsible nurse code");

    /// <summary>STAS_TYPE 统计类型（4101A）: statistics type (4101A).</summary>
    public static readonly SettlementField StasType = new(SettlementNode.Setlinfo, 73, "STAS_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "统计类型（4101A）", "statistics type (4101A)");

    /// <summary>BIZ_SN 业务流水号: business serial number.</summary>
    public static readonly SettlementField BizSn = new(SettlementNode.Setlinfo, 74, "BIZ_SN", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "业务流水号", "business serial number");

    /// <summary>BILL_CODE 票据代码: invoice (bill) code.</summary>
    public static readonly SettlementField BillCode = new(SettlementNode.Setlinfo, 75, "BILL_CODE", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "票据代码", "invoice (bill) code");

    /// <summary>BILL_NO 票据号码: invoice (bill) number.</summary>
    public static readonly SettlementField BillNo = new(SettlementNode.Setlinfo, 76, "BILL_NO", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "票据号码", "invoice (bill) number", "BILLNO");

    /// <summary>SETL_BEGN_DATE 结算期间（开始）: settlement period start.</summary>
    public static readonly SettlementField SetlBegnDate = new(SettlementNode.Setlinfo, 77, "SETL_BEGN_DATE", SettlementFieldKind.Date, 0, SettlementFieldOrigin.National, "结算期间（开始）", "settlement period start", "SETL_BEGNDATE");

    /// <summary>SETL_END_DATE 结算期间（结束）: settlement period end.</summary>
    public static readonly SettlementField SetlEndDate = new(SettlementNode.Setlinfo, 78, "SETL_END_DATE", SettlementFieldKind.Date, 0, SettlementFieldOrigin.National, "结算期间（结束）", "settlement period end", "SETL_ENDDATE");

    /// <summary>PSN_SELFPAY 个人自付: personal co-payment (in-scope).</summary>
    public static readonly SettlementField PsnSelfpay = new(SettlementNode.Setlinfo, 79, "PSN_SELFPAY", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "个人自付", "personal co-payment (in-scope)", "PSN_SELFPAY_AMT");

    /// <summary>PSN_OWNPAY 个人自费: personal self-pay (out-of-scope).</summary>
    public static readonly SettlementField PsnOwnpay = new(SettlementNode.Setlinfo, 80, "PSN_OWNPAY", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "个人自费", "personal self-pay (out-of-scope)", "PSN_OWNPAY_FEE");

    /// <summary>ACCT_PAY 个人账户支付: personal-account payment.</summary>
    public static readonly SettlementField AcctPay = new(SettlementNode.Setlinfo, 81, "ACCT_PAY", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "个人账户支付", "personal-account payment", "ACCT_PAYAMT");

    /// <summary>PSN_CASHPAY 个人现金支付: personal cash payment.</summary>
    public static readonly SettlementField PsnCashpay = new(SettlementNode.Setlinfo, 82, "PSN_CASHPAY", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "个人现金支付", "personal cash payment");

    /// <summary>HI_PAYMTD 医保支付方式: insurance payment method.</summary>
    public static readonly SettlementField HiPaymtd = new(SettlementNode.Setlinfo, 83, "HI_PAYMTD", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "医保支付方式", "insurance payment method");

    /// <summary>MEDINS_FILL_DEPT 医疗机构填报部门: hospital reporting department.</summary>
    public static readonly SettlementField MedinsFillDept = new(SettlementNode.Setlinfo, 84, "MEDINS_FILL_DEPT", SettlementFieldKind.Text, 100, SettlementFieldOrigin.National, "医疗机构填报部门", "hospital reporting department");

    /// <summary>MEDINS_FILL_PSN 医疗机构填报人: hospital reporting person.</summary>
    public static readonly SettlementField MedinsFillPsn = new(SettlementNode.Setlinfo, 85, "MEDINS_FILL_PSN", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "医疗机构填报人", "hospital reporting person");

    /// <summary>HSORG 医保机构: insurance agency.</summary>
    public static readonly SettlementField Hsorg = new(SettlementNode.Setlinfo, 86, "HSORG", SettlementFieldKind.Text, 100, SettlementFieldOrigin.National, "医保机构", "insurance agency", "HSORG_NAME");

    /// <summary>HSORG_OPTER 医保机构经办人: insurance agency handler.</summary>
    public static readonly SettlementField HsorgOpter = new(SettlementNode.Setlinfo, 87, "HSORG_OPTER", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "医保机构经办人", "insurance agency handler", "HSORG_OPTER_NAME");

    /// <summary>CHFPDR_CODE_STD 主诊医师代码（省平台标准）: attending physician code, provincial standard (Shandong).</summary>
    public static readonly SettlementField ChfpdrCodeStd = new(SettlementNode.Setlinfo, 88, "CHFPDR_CODE_STD", SettlementFieldKind.Code, 20, SettlementFieldOrigin.Regional, "主诊医师代码（省平台标准）", "attending physician code, provincial standard (Shandong)");

    /// <summary>RESP_NURS_CODE_STD 责任护士代码（省平台标准）: responsible nurse code, provincial standard (Shandong).</summary>
    public static readonly SettlementField RespNursCodeStd = new(SettlementNode.Setlinfo, 89, "RESP_NURS_CODE_STD", SettlementFieldKind.Code, 20, SettlementFieldOrigin.Regional, "责任护士代码（省平台标准）", "responsible nurse code, provincial standard (Shandong)");

    /// <summary>MED_TYPE 医疗类别（扩展）: medical type of the settlement (extension).</summary>
    public static readonly SettlementField MedType = new(SettlementNode.Setlinfo, 90, "MED_TYPE", SettlementFieldKind.Code, 6, SettlementFieldOrigin.Extension, "医疗类别（扩展）", "medical type of the settlement (extension)");

    /// <summary>MEDFEE_SUMAMT 医疗费总额（扩展）: settlement medical-fee total (extension).</summary>
    public static readonly SettlementField MedfeeSumamt = new(SettlementNode.Setlinfo, 91, "MEDFEE_SUMAMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.Extension, "医疗费总额（扩展）", "settlement medical-fee total (extension)");

    /// <summary>DEATH_TIME 死亡时间（扩展）: time of death (extension).</summary>
    public static readonly SettlementField DeathTime = new(SettlementNode.Setlinfo, 92, "DEATH_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.Extension, "死亡时间（扩展）", "time of death (extension)");

    /// <summary>FP_DEATH_FLAG 病案首页死亡标志（扩展）: front-page outcome is death (extension, 1 = yes).</summary>
    public static readonly SettlementField FpDeathFlag = new(SettlementNode.Setlinfo, 93, "FP_DEATH_FLAG", SettlementFieldKind.Code, 1, SettlementFieldOrigin.Extension, "病案首页死亡标志（扩展）", "front-page outcome is death (extension, 1 = yes)");

    /// <summary>CHRG_TAGS 收费项目标记（扩展）: charge-detail tags (extension, comma-separated).</summary>
    public static readonly SettlementField ChrgTags = new(SettlementNode.Setlinfo, 94, "CHRG_TAGS", SettlementFieldKind.Text, 200, SettlementFieldOrigin.Extension, "收费项目标记（扩展）", "charge-detail tags (extension, comma-separated)");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        SetlListSn, MdtrtId, SetlId, PsnNo, FixmedinsName, FixmedinsCode, HiSetlLv, HiNo, Medcasno, DclaTime, PsnName, Gend, Brdy, Age, Ntly, NwbAge, Naty, PatnCertType, Certno, Prfs, CurrAddr, EmpName, EmpAddr, EmpTel, Poscode, ConerName, PatnRlts, ConerAddr, ConerTel, HiType, Insuplc, SpPsnType, NwbAdmType, NwbBirWt, NwbAdmWt, MulNwbBirWt, MulNwbAdmWt, OpspDiagCaty, OpspMdtrtDate, IptMedType, AdmWay, TrtType, AdmTime, AdmCaty, RefldeptDept, DscgTime, DscgCaty, ActIptDays, OtpWmDise, WmDiseCode, OtpTcmDise, TcmDiseCode, DiagCodeCnt, OprnOprtCodeCnt, VentUsedDura, PwcryBfadmComaDura, PwcryAfadmComaDura, BldCat, BldAmt, BldUnt, SpgaNurscareDays, Lv1NurscareDays, ScdNurscareDays, Lv3NurscareDays, DscgWay, AcpMedinsName, AcpOptinsCode, DaysRinpFlag31, DaysRinpPup31, ChfpdrName, ChfpdrCode, RespNursName, RespNursCode, StasType, BizSn, BillCode, BillNo, SetlBegnDate, SetlEndDate, PsnSelfpay, PsnOwnpay, AcctPay, PsnCashpay, HiPaymtd, MedinsFillDept, MedinsFillPsn, Hsorg, HsorgOpter, ChfpdrCodeStd, RespNursCodeStd, MedType, MedfeeSumamt, DeathTime, FpDeathFlag, ChrgTags);
}

/// <summary>The fields of the <c>diseinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class DiseinfoFields
{
    /// <summary>DIAG_TYPE 诊断类别: diagnosis category.</summary>
    public static readonly SettlementField DiagType = new(SettlementNode.Diseinfo, 0, "DIAG_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "诊断类别", "diagnosis category");

    /// <summary>MAINDIAG_FLAG 主诊断标志: main-diagnosis flag.</summary>
    public static readonly SettlementField MaindiagFlag = new(SettlementNode.Diseinfo, 1, "MAINDIAG_FLAG", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "主诊断标志", "main-diagnosis flag");

    /// <summary>DIAG_CODE 诊断代码: diagnosis code.</summary>
    public static readonly SettlementField DiagCode = new(SettlementNode.Diseinfo, 2, "DIAG_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "诊断代码", "diagnosis code");

    /// <summary>DIAG_NAME 诊断名称: diagnosis name.</summary>
    public static readonly SettlementField DiagName = new(SettlementNode.Diseinfo, 3, "DIAG_NAME", SettlementFieldKind.Text, 100, SettlementFieldOrigin.National, "诊断名称", "diagnosis name");

    /// <summary>ADM_COND_TYPE 入院病情类型: present-on-admission status.</summary>
    public static readonly SettlementField AdmCondType = new(SettlementNode.Diseinfo, 4, "ADM_COND_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "入院病情类型", "present-on-admission status");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        DiagType, MaindiagFlag, DiagCode, DiagName, AdmCondType);
}

/// <summary>The fields of the <c>oprninfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class OprninfoFields
{
    /// <summary>OPRN_OPRT_TYPE 手术操作类别: procedure rank (main/other).</summary>
    public static readonly SettlementField OprnOprtType = new(SettlementNode.Oprninfo, 0, "OPRN_OPRT_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "手术操作类别", "procedure rank (main/other)", "MAIN_OPRN_FLAG");

    /// <summary>OPRN_OPRT_NAME 手术及操作名称: procedure name.</summary>
    public static readonly SettlementField OprnOprtName = new(SettlementNode.Oprninfo, 1, "OPRN_OPRT_NAME", SettlementFieldKind.Text, 500, SettlementFieldOrigin.National, "手术及操作名称", "procedure name");

    /// <summary>OPRN_OPRT_CODE 手术及操作代码: procedure code.</summary>
    public static readonly SettlementField OprnOprtCode = new(SettlementNode.Oprninfo, 2, "OPRN_OPRT_CODE", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "手术及操作代码", "procedure code");

    /// <summary>OPRN_OPRT_DATE 手术及操作日期: procedure date.</summary>
    public static readonly SettlementField OprnOprtDate = new(SettlementNode.Oprninfo, 3, "OPRN_OPRT_DATE", SettlementFieldKind.Date, 0, SettlementFieldOrigin.National, "手术及操作日期", "procedure date");

    /// <summary>ANST_WAY 麻醉方式: anaesthesia method.</summary>
    public static readonly SettlementField AnstWay = new(SettlementNode.Oprninfo, 4, "ANST_WAY", SettlementFieldKind.Code, 6, SettlementFieldOrigin.National, "麻醉方式", "anaesthesia method");

    /// <summary>OPER_DR_NAME 术者医师姓名: operating physician name.</summary>
    public static readonly SettlementField OperDrName = new(SettlementNode.Oprninfo, 5, "OPER_DR_NAME", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "术者医师姓名", "operating physician name");

    /// <summary>OPER_DR_CODE 术者医师代码: operating physician code.</summary>
    public static readonly SettlementField OperDrCode = new(SettlementNode.Oprninfo, 6, "OPER_DR_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "术者医师代码", "operating physician code");

    /// <summary>ANST_DR_NAME 麻醉医师姓名: anaesthetist name.</summary>
    public static readonly SettlementField AnstDrName = new(SettlementNode.Oprninfo, 7, "ANST_DR_NAME", SettlementFieldKind.Text, 50, SettlementFieldOrigin.National, "麻醉医师姓名", "anaesthetist name");

    /// <summary>ANST_DR_CODE 麻醉医师代码: anaesthetist code.</summary>
    public static readonly SettlementField AnstDrCode = new(SettlementNode.Oprninfo, 8, "ANST_DR_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "麻醉医师代码", "anaesthetist code");

    /// <summary>OPRN_OPRT_BEGNTIME 手术操作开始时间: procedure start time.</summary>
    public static readonly SettlementField OprnOprtBegntime = new(SettlementNode.Oprninfo, 9, "OPRN_OPRT_BEGNTIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "手术操作开始时间", "procedure start time", "OPRN_OPRT_BEGN_DATE");

    /// <summary>OPRN_OPRT_ENDTIME 手术操作结束时间: procedure end time.</summary>
    public static readonly SettlementField OprnOprtEndtime = new(SettlementNode.Oprninfo, 10, "OPRN_OPRT_ENDTIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "手术操作结束时间", "procedure end time", "OPRN_OPRT_END_DATE");

    /// <summary>ANST_BEGNTIME 麻醉开始时间: anaesthesia start time.</summary>
    public static readonly SettlementField AnstBegntime = new(SettlementNode.Oprninfo, 11, "ANST_BEGNTIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "麻醉开始时间", "anaesthesia start time", "ANST_BEGN_DATE");

    /// <summary>ANST_ENDTIME 麻醉结束时间: anaesthesia end time.</summary>
    public static readonly SettlementField AnstEndtime = new(SettlementNode.Oprninfo, 12, "ANST_ENDTIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "麻醉结束时间", "anaesthesia end time", "ANST_END_DATE");

    /// <summary>OPER_DR_CODE_STD 术者医师代码（省平台标准）: operating physician code, provincial standard (Shandong).</summary>
    public static readonly SettlementField OperDrCodeStd = new(SettlementNode.Oprninfo, 13, "OPER_DR_CODE_STD", SettlementFieldKind.Code, 20, SettlementFieldOrigin.Regional, "术者医师代码（省平台标准）", "operating physician code, provincial standard (Shandong)");

    /// <summary>ANST_DR_CODE_STD 麻醉医师代码（省平台标准）: anaesthetist code, provincial standard (Shandong).</summary>
    public static readonly SettlementField AnstDrCodeStd = new(SettlementNode.Oprninfo, 14, "ANST_DR_CODE_STD", SettlementFieldKind.Code, 20, SettlementFieldOrigin.Regional, "麻醉医师代码（省平台标准）", "anaesthetist code, provincial standard (Shandong)");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        OprnOprtType, OprnOprtName, OprnOprtCode, OprnOprtDate, AnstWay, OperDrName, OperDrCode, AnstDrName, AnstDrCode, OprnOprtBegntime, OprnOprtEndtime, AnstBegntime, AnstEndtime, OperDrCodeStd, AnstDrCodeStd);
}

/// <summary>The fields of the <c>icuinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class IcuinfoFields
{
    /// <summary>SCS_CUTD_WARD_TYPE 重症监护病房类型: ICU type.</summary>
    public static readonly SettlementField ScsCutdWardType = new(SettlementNode.Icuinfo, 0, "SCS_CUTD_WARD_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "重症监护病房类型", "ICU type");

    /// <summary>SCS_CUTD_INPOOL_TIME 进重症监护室时间: ICU entry time.</summary>
    public static readonly SettlementField ScsCutdInpoolTime = new(SettlementNode.Icuinfo, 1, "SCS_CUTD_INPOOL_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "进重症监护室时间", "ICU entry time");

    /// <summary>SCS_CUTD_EXIT_TIME 出重症监护室时间: ICU exit time.</summary>
    public static readonly SettlementField ScsCutdExitTime = new(SettlementNode.Icuinfo, 2, "SCS_CUTD_EXIT_TIME", SettlementFieldKind.DateTime, 0, SettlementFieldOrigin.National, "出重症监护室时间", "ICU exit time");

    /// <summary>SCS_CUTD_SUM_DURA 合计（重症监护时长）: ICU total duration.</summary>
    public static readonly SettlementField ScsCutdSumDura = new(SettlementNode.Icuinfo, 3, "SCS_CUTD_SUM_DURA", SettlementFieldKind.Duration, 10, SettlementFieldOrigin.National, "合计（重症监护时长）", "ICU total duration");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        ScsCutdWardType, ScsCutdInpoolTime, ScsCutdExitTime, ScsCutdSumDura);
}

/// <summary>The fields of the <c>iteminfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class IteminfoFields
{
    /// <summary>MED_CHRGITM 医疗收费项目（类别）: medical charge category.</summary>
    public static readonly SettlementField MedChrgitm = new(SettlementNode.Iteminfo, 0, "MED_CHRGITM", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "医疗收费项目（类别）", "medical charge category", "MED_CHRGITM_TYPE");

    /// <summary>AMT 金额: amount.</summary>
    public static readonly SettlementField Amt = new(SettlementNode.Iteminfo, 1, "AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "金额", "amount", "ITEM_SUMAMT");

    /// <summary>CLAA_SUMFEE 甲类: Class A amount.</summary>
    public static readonly SettlementField ClaaSumfee = new(SettlementNode.Iteminfo, 2, "CLAA_SUMFEE", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "甲类", "Class A amount", "ITEM_CLAA_AMT");

    /// <summary>CLAB_AMT 乙类: Class B amount.</summary>
    public static readonly SettlementField ClabAmt = new(SettlementNode.Iteminfo, 3, "CLAB_AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "乙类", "Class B amount", "ITEM_CLAB_AMT");

    /// <summary>FULAMT_OWNPAY_AMT 自费: fully self-paid amount.</summary>
    public static readonly SettlementField FulamtOwnpayAmt = new(SettlementNode.Iteminfo, 4, "FULAMT_OWNPAY_AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "自费", "fully self-paid amount", "ITEM_OWNPAY_AMT");

    /// <summary>OTH_AMT 其他: other amount.</summary>
    public static readonly SettlementField OthAmt = new(SettlementNode.Iteminfo, 5, "OTH_AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "其他", "other amount", "ITEM_OTH_AMT");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        MedChrgitm, Amt, ClaaSumfee, ClabAmt, FulamtOwnpayAmt, OthAmt);
}

/// <summary>The fields of the <c>payinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class PayinfoFields
{
    /// <summary>FUND_PAY_TYPE 基金支付类型: fund payment type.</summary>
    public static readonly SettlementField FundPayType = new(SettlementNode.Payinfo, 0, "FUND_PAY_TYPE", SettlementFieldKind.Code, 0, SettlementFieldOrigin.National, "基金支付类型", "fund payment type");

    /// <summary>FUND_PAYAMT 基金支付金额: fund payment amount.</summary>
    public static readonly SettlementField FundPayamt = new(SettlementNode.Payinfo, 1, "FUND_PAYAMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "基金支付金额", "fund payment amount");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        FundPayType, FundPayamt);
}

/// <summary>The fields of the <c>opspdiseinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class OpspdiseinfoFields
{
    /// <summary>DIAG_NAME 诊断名称: outpatient chronic diagnosis name.</summary>
    public static readonly SettlementField DiagName = new(SettlementNode.Opspdiseinfo, 0, "DIAG_NAME", SettlementFieldKind.Text, 100, SettlementFieldOrigin.National, "诊断名称", "outpatient chronic diagnosis name");

    /// <summary>DIAG_CODE 诊断代码: outpatient chronic diagnosis code.</summary>
    public static readonly SettlementField DiagCode = new(SettlementNode.Opspdiseinfo, 1, "DIAG_CODE", SettlementFieldKind.Text, 20, SettlementFieldOrigin.National, "诊断代码", "outpatient chronic diagnosis code");

    /// <summary>OPRN_OPRT_NAME 手术及操作名称: outpatient procedure name.</summary>
    public static readonly SettlementField OprnOprtName = new(SettlementNode.Opspdiseinfo, 2, "OPRN_OPRT_NAME", SettlementFieldKind.Text, 500, SettlementFieldOrigin.National, "手术及操作名称", "outpatient procedure name");

    /// <summary>OPRN_OPRT_CODE 手术及操作代码: outpatient procedure code.</summary>
    public static readonly SettlementField OprnOprtCode = new(SettlementNode.Opspdiseinfo, 3, "OPRN_OPRT_CODE", SettlementFieldKind.Text, 30, SettlementFieldOrigin.National, "手术及操作代码", "outpatient procedure code");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        DiagName, DiagCode, OprnOprtName, OprnOprtCode);
}

/// <summary>The fields of the <c>bldinfo</c> node of the settlement-list upload layout, in interface order.</summary>
public static class BldinfoFields
{
    /// <summary>BLD_CAT 输血品种: blood product type.</summary>
    public static readonly SettlementField BldCat = new(SettlementNode.Bldinfo, 0, "BLD_CAT", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "输血品种", "blood product type");

    /// <summary>BLD_AMT 输血量: transfusion volume.</summary>
    public static readonly SettlementField BldAmt = new(SettlementNode.Bldinfo, 1, "BLD_AMT", SettlementFieldKind.Decimal, 16, SettlementFieldOrigin.National, "输血量", "transfusion volume");

    /// <summary>BLD_UNT 输血计量单位: transfusion unit.</summary>
    public static readonly SettlementField BldUnt = new(SettlementNode.Bldinfo, 2, "BLD_UNT", SettlementFieldKind.Code, 3, SettlementFieldOrigin.National, "输血计量单位", "transfusion unit");

    /// <summary>All fields of the node, in interface order (the index of each is its position).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SettlementField> All = System.Collections.Immutable.ImmutableArray.Create(
        BldCat, BldAmt, BldUnt);
}
