namespace MedPay.Rules.Coding;

/// <summary>The outcome of looking one code up in a version map.</summary>
public enum CodeMapStatus
{
    /// <summary>The map has one target, different from the code: substitute it.</summary>
    Mapped = 0,

    /// <summary>The map lists the code with itself as the target (the code is the same in both versions).</summary>
    Unchanged = 1,

    /// <summary>The map lists several targets for the code (one-to-many): the candidates are reported, none is chosen.</summary>
    OneToMany = 2,

    /// <summary>The map does not list the code.</summary>
    NotInMap = 3,

    /// <summary>The input is missing or blank.</summary>
    Empty = 4,
}
