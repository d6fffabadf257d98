namespace MedPay.Rules.Settlement;

/// <summary>How a field's value reads against its type.</summary>
public enum SettlementValueState : byte
{
    /// <summary>Not sent, blank, or the <c>-</c> placeholder for "nothing to record".</summary>
    Empty = 0,

    /// <summary>Present and readable as the field's type.</summary>
    Valid = 1,

    /// <summary>Present but not readable as the field's type (e.g. a date <c>2024-13-45</c>).</summary>
    Invalid = 2,
}
