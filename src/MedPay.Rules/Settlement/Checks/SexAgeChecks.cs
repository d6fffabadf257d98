using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Sex- and age-specific code rules SX-01 – SX-05, AG-01 – AG-02 (code lists from the pack). SX-01 and SX-02
/// grade a sex-specific main diagnosis with the rule's severity and an other diagnosis with its other severity
/// (research notes: REJECT-G when main, WARN otherwise).</summary>
internal static class SexAgeChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["SX-01"] = c =>
        {
            if (c.IsMale) Diagnoses(c, CodeList.FemaleOnlyDx, graded: true);
        };
        map["SX-02"] = c =>
        {
            if (c.IsFemale) Diagnoses(c, CodeList.MaleOnlyDx, graded: true);
        };
        map["SX-03"] = c =>
        {
            CodeList? list = c.IsMale ? CodeList.FemaleOnlyPr : c.IsFemale ? CodeList.MaleOnlyPr : null;
            if (list is null) return;
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (c.InList(list.Value, rows[i][O.OprnOprtCode])) c.Report(O.OprnOprtCode, i, rows[i][O.OprnOprtCode], rows[i][O.OprnOprtCode]!);
            }
        };
        map["SX-04"] = c =>
        {
            if (c.Sex is { } sex && sex is not ("1" or "2")) c.Report(S.Gend, -1, sex, sex);
        };
        map["SX-05"] = c =>
        {
            CodeList? list = c.IsMale ? CodeList.FemaleOnlyDx : c.IsFemale ? CodeList.MaleOnlyDx : null;
            if (list is not null && c.InList(list.Value, c.Setl[S.WmDiseCode])) c.Report(S.WmDiseCode, -1, c.Setl[S.WmDiseCode], c.Setl[S.WmDiseCode]!);
        };
        map["AG-01"] = c =>
        {
            if (c.EffectiveYears is { } years && years <= c.Parameters.ChildMaxAgeYears) Diagnoses(c, CodeList.ChildExcludedDx);
        };
        map["AG-02"] = c =>
        {
            if (c.EffectiveYears is { } years && years > c.Parameters.JuvenileMaxAgeYears) Diagnoses(c, CodeList.JuvenileArthritisDx);
        };
    }

    private static void Diagnoses(SettlementCheckContext c, CodeList list, bool graded = false)
    {
        if (!c.MayMatch(c.Catalogue.Known(list), procedures: false)) return; // no diagnosis starts like a listed code
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            if (!c.InList(list, rows[i][D.DiagCode])) continue;
            if (graded) c.ReportDiagnosis(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode] + (i == c.MainIndex ? " (main)" : " (other)"));
            else c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
        }
    }
}
