namespace MedPay.Rules.Retention;

/// <summary>How the members that make up one party of a <see cref="ShareRule"/> (e.g. all primary institutions) split the party's share.</summary>
public enum SplitBasis
{
    /// <summary>In equal parts.</summary>
    Equal,

    /// <summary>In proportion to each member's service volume (服务量).</summary>
    Volume,

    /// <summary>In proportion to each member's business revenue (业务收入).</summary>
    Revenue,

    /// <summary>In proportion to each member's cost.</summary>
    Cost,
}
