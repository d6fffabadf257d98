namespace MedPay.Rules.Dip;

/// <summary>The insurance fund a case is settled with; regions may price employee and resident points separately (domain-primer §3.6, §3.8).</summary>
public enum DipFund
{
    /// <summary>Not stated: the default point value applies.</summary>
    Unspecified = 0,

    /// <summary>Employee basic medical insurance (职工基本医疗保险).</summary>
    Employee = 1,

    /// <summary>Resident basic medical insurance (城乡居民基本医疗保险).</summary>
    Resident = 2,
}
