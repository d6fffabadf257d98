namespace MedPay.Rules.Dip;

/// <summary>The kind of a DIP group (病种类型).</summary>
public enum DipGroupKind
{
    /// <summary>A core group (核心病种): main diagnosis + procedure combination with enough cases.</summary>
    Core = 0,

    /// <summary>A basic-level group (基层病种): paid alike at every hospital grade ("同病同治同价"), with a basic coefficient instead of the grade coefficient.</summary>
    Basic = 1,

    /// <summary>A comprehensive group (综合病种): pools what the core catalogue does not cover, by main-diagnosis range and treatment type.</summary>
    Comprehensive = 2,
}
