using System.Text.RegularExpressions;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Main-diagnosis rules MD-01 – MD-13.</summary>
internal static class MainDiagnosisChecks
{
    private static readonly Regex Morphology = new(@"^M[89][0-9]{3}/[0-9]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["MD-01"] = c =>
        {
            if (c.List.Diagnoses.IsEmpty || c.MainCount == 1) return;
            c.Report("diseinfo.maindiag_flag", null, c.MainCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        };
        map["MD-02"] = c =>
        {
            var rows = c.List.Diagnoses;
            var dagger = false;
            for (var i = 0; i < rows.Length; i++) dagger |= rows[i][D.DiagCode] is { } code && (code.IndexOf('+') >= 0 || code.IndexOf('†') >= 0);
            for (var i = 0; i < rows.Length; i++)
            {
                if (!IsLoneAsterisk(rows[i][D.DiagCode])) continue;
                if (i == c.MainIndex) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode] + " (main)");
                else if (!dagger) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode] + " (no dagger)");
            }
        };
        map["MD-03"] = c => MainIn(c, "external_cause_dx");
        map["MD-04"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][D.DiagCode] is { } code && code.Length >= 7 && Morphology.IsMatch(code)) c.Report(D.DiagCode, i, code, code);
            }
        };
        map["MD-05"] = c => MainIn(c, "invalid_main_dx");
        map["MD-06"] = c => MainIn(c, "sequela_dx");
        map["MD-07"] = c =>
        {
            if (!c.InList("symptom_dx", c.MainCode)) return;
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (i == c.MainIndex || !c.IsWestern(rows[i]) || rows[i][D.DiagCode] is not { } code || code.Length == 0) continue;
                var chapter = char.ToUpperInvariant(code[0]);
                if (chapter is 'R' or 'V' or 'W' or 'X' or 'Y' or 'Z') continue;
                c.Report(D.DiagCode, c.MainIndex, c.MainCode, c.MainCode + " / " + code);
                return;
            }
        };
        map["MD-08"] = c => MainIn(c, "unspecified_main_dx");
        map["MD-09"] = c =>
        {
            var rows = c.List.Diagnoses;
            if (rows.IsEmpty) return;
            var all = true;
            foreach (var row in rows) all &= row[D.AdmCondType] == "4";
            if (all) c.Report(D.AdmCondType, 0, "4", "every diagnosis 4");
            else if (c.MainIndex >= 0 && rows[c.MainIndex][D.AdmCondType] == "4") c.Report(D.AdmCondType, c.MainIndex, "4", c.MainCode + " 4");
        };
        map["MD-10"] = c =>
        {
            if (!c.InList("complication_of_care_dx", c.MainCode)) return;
            foreach (var row in c.List.Procedures)
            {
                if (row[O.OprnOprtType] != "1") continue;
                c.Report(D.DiagCode, c.MainIndex, c.MainCode, c.MainCode!);
                return;
            }
        };
        map["MD-11"] = c =>
        {
            if (c.MainCode is { } code && c.Codes.IsGroupableMainDiagnosis(code) == false) c.Report(D.DiagCode, c.MainIndex, code, code);
        };
        map["MD-12"] = CodePairs.Check;
        map["MD-13"] = CodePairs.Check;
    }

    /// <summary>A code with an asterisk and no dagger part (a combined <c>A+B*</c> code is a dagger–asterisk pair).</summary>
    internal static bool IsLoneAsterisk(string? code) => code is not null && code.IndexOf('*') >= 0 && code.IndexOf('+') < 0 && code.IndexOf('†') < 0;

    private static void MainIn(SettlementCheckContext c, string list)
    {
        if (c.InList(list, c.MainCode)) c.Report(D.DiagCode, c.MainIndex, c.MainCode, c.MainCode!);
    }
}
