namespace MedPay.Rules.Payment;

/// <summary>The basic medical-insurance fund a case is settled with; regions publish a base rate (费率) per fund (domain-primer §2.2, §3.6).</summary>
public enum InsuredFund
{
    /// <summary>Not stated: only a rate row for every fund (<c>*</c>) applies.</summary>
    Unspecified = 0,

    /// <summary>Employee basic medical insurance (职工基本医疗保险).</summary>
    Employee = 1,

    /// <summary>Urban and rural resident basic medical insurance (城乡居民基本医疗保险).</summary>
    Resident = 2,
}
