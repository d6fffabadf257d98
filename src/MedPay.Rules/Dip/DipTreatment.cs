namespace MedPay.Rules.Dip;

/// <summary>
/// The treatment type (治疗方式) of a case or group, in rising rank: conservative &lt; diagnostic &lt; therapeutic &lt; surgical.
/// Interventional procedures (介入) count as surgical (Node-DIP <c>getOprnOprtType</c>, domain-primer §3.2).
/// </summary>
public enum DipTreatment
{
    /// <summary>Conservative treatment, no procedure that counts for grouping (保守治疗 / 内科诊疗).</summary>
    Conservative = 0,

    /// <summary>A diagnostic procedure (诊断性操作).</summary>
    Diagnostic = 1,

    /// <summary>A therapeutic procedure (治疗性操作).</summary>
    Therapeutic = 2,

    /// <summary>A related operation or an interventional procedure (相关手术 / 介入).</summary>
    Surgical = 3,
}
