namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Codes of the national CHS-DRG 1.1 conformance scheme that generators draw from, read from the fixture's own files
/// (<see cref="FixtureFacts"/>), so that generated cases use codes that resolve and reach the scheme's tables.
/// </summary>
public static class NationalCodePools
{
    private static readonly Lazy<IReadOnlyList<string[]>> Tables = new(() => FixtureFacts.Rows(SharedFixtures.ChsDrg11, "tables.csv"));

    private static readonly Lazy<string[]> LazyMain = new(() => Distinct(Tables.Value
        .Where(r => r[0].StartsWith("MDC", StringComparison.Ordinal) && r[0].EndsWith("_DX", StringComparison.Ordinal)).Select(r => r[1])));

    private static readonly Lazy<string[]> LazyTableProcedures = new(() => Distinct(Tables.Value
        .Where(r => r[0] == "OR_PROCEDURES" || r[0].Contains("_PR", StringComparison.Ordinal)).Select(r => r[1])));

    private static readonly Lazy<string[]> LazyCc = new(() => Distinct(FixtureFacts.Rows(SharedFixtures.ChsDrg11, "cc.csv").Select(r => r[0])));

    private static readonly Lazy<string[]> LazyMappedDiagnoses = new(() => Distinct(FixtureFacts.Rows(SharedFixtures.ChsDrg11, "diagnosis_map.csv")
        .Where(r => r[0] != r[1]).Select(r => r[0])));

    private static readonly Lazy<string[]> LazyMappedProcedures = new(() => Distinct(FixtureFacts.Rows(SharedFixtures.ChsDrg11, "procedure_map.csv")
        .Where(r => r[0] != r[1]).Select(r => r[0])));

    /// <summary>Codes of the MDC main-diagnosis tables (<c>MDCB_DX</c> … <c>MDCZ_DX</c>): a main diagnosis from here enters an MDC.</summary>
    public static string[] MainDiagnoses => LazyMain.Value;

    /// <summary>Every diagnosis of the dictionary (<c>diagnoses.csv</c>).</summary>
    public static string[] Diagnoses { get; } = ConformanceFixture.Scheme.Diagnoses.Entries.Select(e => e.Code).ToArray();

    /// <summary>Codes of the CC / MCC list (<c>cc.csv</c>): other diagnoses that can split a DRG.</summary>
    public static string[] Complications => LazyCc.Value;

    /// <summary>Procedures named by the ADRG tables and the OR-procedure list: a main procedure from here can enter a surgical ADRG.</summary>
    public static string[] TableProcedures => LazyTableProcedures.Value;

    /// <summary>Every procedure of the dictionary (<c>procedures.csv</c>).</summary>
    public static string[] Procedures { get; } = ConformanceFixture.Scheme.Procedures.Entries.Select(e => e.Code).ToArray();

    /// <summary>Clinical-version diagnosis codes that <c>diagnosis_map.csv</c> maps to another code (from ≠ to).</summary>
    public static string[] MappedDiagnoses => LazyMappedDiagnoses.Value;

    /// <summary>Clinical-version procedure codes that <c>procedure_map.csv</c> maps to another code (from ≠ to).</summary>
    public static string[] MappedProcedures => LazyMappedProcedures.Value;

    private static string[] Distinct(IEnumerable<string> codes) => codes.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
}
