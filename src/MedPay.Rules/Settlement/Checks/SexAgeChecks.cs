using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Sex- and age-specific code rules SX-01 – SX-05, AG-01 – AG-02 (code lists from the pack).</summary>
internal static class SexAgeChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["SX-01"] = c =>
        {
            if (c.IsMale) Diagnoses(c, "female_only_dx");
        };
        map["SX-02"] = c =>
        {
            if (c.IsFemale) Diagnoses(c, "male_only_dx");
        };
        map["SX-03"] = c =>
        {
            var list = c.IsMale ? "female_only_pr" : c.IsFemale ? "male_only_pr" : null;
            if (list is null) return;
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (c.InList(list, rows[i][O.OprnOprtCode])) c.Report(O.OprnOprtCode, i, rows[i][O.OprnOprtCode], rows[i][O.OprnOprtCode]!);
            }
        };
        map["SX-04"] = c =>
        {
            if (c.Sex is { } sex && sex is not ("1" or "2")) c.Report(S.Gend, -1, sex, sex);
        };
        map["SX-05"] = c =>
        {
            var list = c.IsMale ? "female_only_dx" : c.IsFemale ? "male_only_dx" : null;
            if (list is not null && c.InList(list, c.Setl[S.WmDiseCode])) c.Report(S.WmDiseCode, -1, c.Setl[S.WmDiseCode], c.Setl[S.WmDiseCode]!);
        };
        map["AG-01"] = c =>
        {
            if (c.EffectiveYears is { } years && years <= c.Parameters.ChildMaxAgeYears) Diagnoses(c, "child_excluded_dx");
        };
        map["AG-02"] = c =>
        {
            if (c.EffectiveYears is { } years && years > c.Parameters.JuvenileMaxAgeYears) Diagnoses(c, "juvenile_arthritis_dx");
        };
    }

    private static void Diagnoses(SettlementCheckContext c, string list)
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            if (c.InList(list, rows[i][D.DiagCode])) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
        }
    }
}
