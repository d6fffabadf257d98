namespace MedPay.Rules.Drg;

/// <summary>The level of a complication or comorbidity code in <c>cc.csv</c>.</summary>
public enum ComplicationLevel
{
    /// <summary>A complication or comorbidity (并发症或合并症, CC).</summary>
    Cc = 1,

    /// <summary>A major complication or comorbidity (严重并发症或合并症, MCC).</summary>
    Mcc = 2,
}
