namespace MedPay.Rules.Settlement;

/// <summary>The code knowledge the settlement rules need from the coding layer: membership of the insurance
/// dictionaries and a few scheme facts. Each member answers <see langword="null"/> when the implementation has no
/// such dictionary, and the rules that need it then stay silent rather than guess.</summary>
public interface ISettlementCodeSets
{
    /// <summary>Whether a western diagnosis code is in the insurance ICD-10 (CS-02, CS-05).</summary>
    /// <param name="code">The code as sent.</param>
    /// <returns>Membership, or <see langword="null"/> when unknown.</returns>
    bool? IsDiagnosis(string code);

    /// <summary>The dictionary name of a diagnosis code (CS-02 code–name match).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name, or <see langword="null"/> when unknown.</returns>
    string? DiagnosisName(string code);

    /// <summary>Whether a procedure code is in the insurance ICD-9-CM-3 (CS-03).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Membership, or <see langword="null"/> when unknown.</returns>
    bool? IsProcedure(string code);

    /// <summary>Whether a code is in the insurance TCM diagnosis classification (CS-04).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Membership, or <see langword="null"/> when unknown.</returns>
    bool? IsTcmDiagnosis(string code);

    /// <summary>Whether a diagnosis is a listed day-surgery disease (CS-06).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Membership, or <see langword="null"/> when unknown.</returns>
    bool? IsDaySurgeryDisease(string code);

    /// <summary>Whether a diagnosis can be the main diagnosis of some MDC of the grouping scheme (MD-11).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The answer, or <see langword="null"/> when unknown.</returns>
    bool? IsGroupableMainDiagnosis(string code);
}
