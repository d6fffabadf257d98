namespace MedPay.Rules.Settlement;

/// <summary>A node (part) of the national settlement-list upload layout (interfaces 4101 / 4101A).</summary>
public enum SettlementNode
{
    /// <summary><c>setlinfo</c>: the scalar part of the list (basic, outpatient chronic, inpatient and fee-summary fields).</summary>
    Setlinfo = 0,

    /// <summary><c>diseinfo</c>: one row per inpatient diagnosis (诊断信息).</summary>
    Diseinfo = 1,

    /// <summary><c>oprninfo</c>: one row per procedure (手术操作信息).</summary>
    Oprninfo = 2,

    /// <summary><c>icuinfo</c>: one row per ICU stay (重症监护信息).</summary>
    Icuinfo = 3,

    /// <summary><c>iteminfo</c>: one row per charge category (收费项目信息).</summary>
    Iteminfo = 4,

    /// <summary><c>payinfo</c>: one row per paying fund (基金支付信息).</summary>
    Payinfo = 5,

    /// <summary><c>opspdiseinfo</c>: outpatient chronic/special-disease diagnoses (门诊慢特病诊断信息).</summary>
    Opspdiseinfo = 6,

    /// <summary><c>bldinfo</c>: transfusions (输血信息, added in 4101A).</summary>
    Bldinfo = 7,
}
