namespace MedPay.Rules;

/// <summary>How serious an <see cref="Issue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>Information only: something was done that the caller may want to know (提示).</summary>
    Info = 0,

    /// <summary>Something is doubtful but the work went on (警告).</summary>
    Warning = 1,

    /// <summary>The input cannot be used as it is: a rule pack is rejected, a case is not grouped, a list is rejected (错误).</summary>
    Error = 2,
}
