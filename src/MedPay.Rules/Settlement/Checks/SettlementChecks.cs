namespace MedPay.Rules.Settlement;

/// <summary>The implementations of the national list rules, by rule id. Each family registers its rules.</summary>
internal static class SettlementChecks
{
    private static readonly Dictionary<string, SettlementCheck> ById = Build();

    public static bool Has(string id) => id is not null && ById.ContainsKey(id);

    public static SettlementCheck? Find(string id) => id is not null && ById.TryGetValue(id, out var check) ? check : null;

    public static IEnumerable<string> Ids => ById.Keys;

    private static Dictionary<string, SettlementCheck> Build()
    {
        var map = new Dictionary<string, SettlementCheck>(StringComparer.OrdinalIgnoreCase);
        CompletenessChecks.Register(map);
        CodeSetChecks.Register(map);
        FormatChecks.Register(map);
        DateChecks.Register(map);
        NewbornChecks.Register(map);
        SexAgeChecks.Register(map);
        MainDiagnosisChecks.Register(map);
        DiagnosisListChecks.Register(map);
        ProcedureChecks.Register(map);
        IcuChecks.Register(map);
        FeeChecks.Register(map);
        DischargeChecks.Register(map);
        map["NB-08"] = c =>
        {
            CodePairs.Check(c);
            NewbornChecks.SingleOutcome(c);
        };
        return map;
    }
}
