namespace MedPay.Rules.Dip;

/// <summary>What the grouper does with a procedure code that the pack's procedure-type dictionary does not list (domain-primer §1.5).</summary>
public enum DipUnknownProcedurePolicy
{
    /// <summary>The code counts as no procedure: the case may be conservative (Node-DIP <c>isConservative</c>).</summary>
    Ignore = 0,

    /// <summary>The whole case is not grouped (status <see cref="DipStatus.UnknownProcedure"/>), as OpenDRG does for unmappable codes.</summary>
    Reject = 1,
}
