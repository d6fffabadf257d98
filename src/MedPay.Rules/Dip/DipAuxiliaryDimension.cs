namespace MedPay.Rules.Dip;

/// <summary>What an auxiliary-catalogue entry (辅助目录) adjusts for; informative, the entry's conditions decide.</summary>
public enum DipAuxiliaryDimension
{
    /// <summary>Disease severity (疾病严重程度): important organ damage, failure, shock, sepsis.</summary>
    Severity = 0,

    /// <summary>Tumour severity (肿瘤严重程度): metastasis, radiotherapy, chemotherapy.</summary>
    Tumour = 1,

    /// <summary>Age band (年龄特征).</summary>
    Age = 2,

    /// <summary>Death (死亡).</summary>
    Death = 3,

    /// <summary>Any other adjustment a region defines.</summary>
    Other = 4,
}
