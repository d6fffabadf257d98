namespace MedPay.Rules.Coding;

/// <summary>The two code systems a case carries.</summary>
public enum CodeKind
{
    /// <summary>A diagnosis: ICD-10, medical-insurance version 2.0 (医保版疾病诊断分类与代码).</summary>
    Diagnosis = 0,

    /// <summary>A procedure: ICD-9-CM-3, medical-insurance version 2.0 (医保版手术操作分类与代码).</summary>
    Procedure = 1,
}
