namespace MedPay.Rules.Settlement;

/// <summary>The platform's settlement records, for FE-09 (the list must document a live, non-reversed settlement).</summary>
public interface ISettlementRegistry
{
    /// <summary>Whether the settlement exists and has not been reversed.</summary>
    /// <param name="settlementId">The <c>SETL_ID</c>.</param>
    /// <param name="encounterId">The <c>MDTRT_ID</c>.</param>
    /// <returns>The answer, or <see langword="null"/> when the registry cannot tell.</returns>
    bool? IsLive(string settlementId, string? encounterId);
}
