namespace MedPay.Rules.Retention;

/// <summary>How an indicator is compared with a target's threshold.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&gt;</c>: strictly above.</summary>
    Greater,

    /// <summary><c>&gt;=</c>: at or above.</summary>
    GreaterOrEqual,

    /// <summary><c>&lt;</c>: strictly below.</summary>
    Less,

    /// <summary><c>&lt;=</c>: at or below.</summary>
    LessOrEqual,

    /// <summary><c>=</c>: equal.</summary>
    Equal,
}
