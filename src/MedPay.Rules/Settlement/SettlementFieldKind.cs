namespace MedPay.Rules.Settlement;

/// <summary>The value type of a settlement-list field, which decides how it is parsed and written.</summary>
public enum SettlementFieldKind
{
    /// <summary>Free text.</summary>
    Text = 0,

    /// <summary>A code from a code set (dictionary).</summary>
    Code = 1,

    /// <summary>A date (yyyy-MM-dd).</summary>
    Date = 2,

    /// <summary>A date-time (yyyy-MM-dd HH:mm:ss).</summary>
    DateTime = 3,

    /// <summary>A whole number.</summary>
    Integer = 4,

    /// <summary>A decimal number (money, weights, volumes).</summary>
    Decimal = 5,

    /// <summary>A duration written days/hours/minutes, e.g. <c>1/13/24</c>.</summary>
    Duration = 6,

    /// <summary>Numbers separated by half-width commas.</summary>
    NumberList = 7,
}
