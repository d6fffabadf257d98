using System.Collections.Immutable;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;

namespace MedPay.Rules.Settlement;

/// <summary>An immutable <see cref="ISettlementCodeSets"/> over dictionaries: by default those of a DRG scheme
/// (<see cref="FromScheme"/>), or any code tables a caller supplies (<see cref="Create"/>).</summary>
public sealed class SettlementCodeSets : ISettlementCodeSets
{
    private readonly CodeDictionary? _diagnoses;
    private readonly CodeDictionary? _procedures;
    private readonly IReadOnlyDictionary<string, string>? _diagnosisNames;
    private readonly ImmutableHashSet<string>? _procedureCodes;
    private readonly ImmutableHashSet<string>? _tcm;
    private readonly ImmutableHashSet<string>? _daySurgery;
    private readonly ImmutableHashSet<string>? _groupableMain;

    private SettlementCodeSets(CodeDictionary? diagnoses, CodeDictionary? procedures, IReadOnlyDictionary<string, string>? diagnosisNames,
        ImmutableHashSet<string>? procedureCodes, ImmutableHashSet<string>? tcm, ImmutableHashSet<string>? daySurgery, ImmutableHashSet<string>? groupableMain)
    {
        _diagnoses = diagnoses;
        _procedures = procedures;
        _diagnosisNames = diagnosisNames;
        _procedureCodes = procedureCodes;
        _tcm = tcm;
        _daySurgery = daySurgery;
        _groupableMain = groupableMain;
    }

    /// <summary>No code knowledge: every dictionary rule stays silent.</summary>
    public static SettlementCodeSets None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The dictionaries of a DRG scheme: its diagnosis dictionary answers membership, names and (as an
    /// approximation of the MDC main-diagnosis tables) groupability; its procedure dictionary answers procedures.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The code sets.</returns>
    public static SettlementCodeSets FromScheme(DrgScheme scheme)
    {
        if (scheme is null) throw new ArgumentNullException(nameof(scheme));
        return new SettlementCodeSets(scheme.Diagnoses, scheme.Procedures, null, null, null, null, null);
    }

    /// <summary>Code sets from plain tables; pass <see langword="null"/> for a dictionary you do not have.</summary>
    /// <param name="diagnoses">Western diagnosis codes with their names.</param>
    /// <param name="procedures">Procedure codes.</param>
    /// <param name="tcmDiagnoses">TCM diagnosis codes.</param>
    /// <param name="daySurgeryDiseases">Day-surgery disease codes.</param>
    /// <param name="groupableMainDiagnoses">Codes that appear in some MDC main-diagnosis table (defaults to the diagnoses).</param>
    /// <returns>The code sets.</returns>
    public static SettlementCodeSets Create(IReadOnlyDictionary<string, string>? diagnoses = null, IEnumerable<string>? procedures = null,
        IEnumerable<string>? tcmDiagnoses = null, IEnumerable<string>? daySurgeryDiseases = null, IEnumerable<string>? groupableMainDiagnoses = null) =>
        new(null, null, diagnoses?.ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            procedures?.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase), tcmDiagnoses?.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
            daySurgeryDiseases?.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase), groupableMainDiagnoses?.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool? IsDiagnosis(string code)
    {
        if (_diagnoses is not null) return _diagnoses.Contains(CodeText.Normalize(code));
        if (_diagnosisNames is not null) return _diagnosisNames.ContainsKey(CodeText.Normalize(code));
        return null;
    }

    /// <inheritdoc />
    public string? DiagnosisName(string code)
    {
        if (_diagnoses is not null) return _diagnoses.TryGet(CodeText.Normalize(code), out var entry) ? entry.Name : null;
        return _diagnosisNames is not null && _diagnosisNames.TryGetValue(CodeText.Normalize(code), out var name) ? name : null;
    }

    /// <inheritdoc />
    public bool? IsProcedure(string code)
    {
        if (_procedures is not null) return _procedures.Contains(CodeText.Normalize(code));
        return _procedureCodes?.Contains(CodeText.Normalize(code));
    }

    /// <inheritdoc />
    public bool? IsTcmDiagnosis(string code) => _tcm?.Contains(CodeText.Normalize(code));

    /// <inheritdoc />
    public bool? IsDaySurgeryDisease(string code) => _daySurgery?.Contains(CodeText.Normalize(code));

    /// <inheritdoc />
    public bool? IsGroupableMainDiagnosis(string code) => _groupableMain is not null ? _groupableMain.Contains(CodeText.Normalize(code)) : IsDiagnosis(code);
}
