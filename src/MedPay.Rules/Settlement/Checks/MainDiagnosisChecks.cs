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
        map["MD-02"] = AsteriskPairs;
        map["MD-03"] = c => MainIn(c, CodeList.ExternalCauseDx);
        map["MD-04"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][D.DiagCode] is { } code && code.Length >= 7 && code[0] is 'M' or 'm' && code.IndexOf('/') > 0 && Morphology.IsMatch(code)) c.Report(D.DiagCode, i, code, code);
            }
        };
        map["MD-05"] = c => MainIn(c, CodeList.InvalidMainDx);
        map["MD-06"] = c => MainIn(c, CodeList.SequelaDx);
        map["MD-07"] = c =>
        {
            if (!c.InList(CodeList.SymptomDx, c.MainCode)) return;
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
        map["MD-08"] = c => MainIn(c, CodeList.UnspecifiedMainDx);
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
            if (!c.InList(CodeList.ComplicationOfCareDx, c.MainCode)) return;
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

    /// <summary>MD-02. An asterisk (manifestation) code may not be the main diagnosis and must be paired with a dagger
    /// (aetiology) code of its own pairing: the pack's MD-02 rows of <c>code_pairs.csv</c> give, per asterisk category, the
    /// dagger codes it pairs with (ICD-10 Vol. 1, S19; a pairing table as in S20). A combined <c>E11.400+G63.2*</c> entry
    /// carries its dagger; it is a pair when the pack lists no pairing for the asterisk part or the dagger part is one
    /// the pack gives. A lone <c>G63.2*</c> entry needs, on another diagnosis row, a code (or the dagger part of a
    /// combined code) that the pack gives for it; a lone asterisk code the pack lists no pairing for cannot be shown to
    /// be paired and is reported.</summary>
    private static void AsteriskPairs(SettlementCheckContext c)
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i][D.DiagCode] is not { } code || code.IndexOf('*') < 0) continue;
            var separator = Separator(code);
            if (separator > 0)
            {
                var dagger = code.Substring(0, separator).TrimEnd('†');
                var asterisk = code.Substring(separator + 1).TrimStart('†');
                if (Listed(c, asterisk) && !Pairs(c, asterisk, dagger)) c.Report(D.DiagCode, i, code, code + " (" + dagger + " does not pair with " + asterisk + ")");
                continue;
            }

            if (i == c.MainIndex)
            {
                c.Report(D.DiagCode, i, code, code + " (main)");
                continue;
            }

            if (!Listed(c, code))
            {
                c.Report(D.DiagCode, i, code, code + " (no dagger pairing listed)");
                continue;
            }

            var paired = false;
            for (var j = 0; j < rows.Length && !paired; j++)
            {
                if (j == i || rows[j][D.DiagCode] is not { } other || IsLoneAsterisk(other)) continue;
                var cut = Separator(other);
                paired = Pairs(c, code, (cut > 0 ? other.Substring(0, cut) : other).TrimEnd('†'));
            }

            if (!paired) c.Report(D.DiagCode, i, code, code + " (no dagger: " + Daggers(c, code) + ")");
        }
    }

    /// <summary>A code with an asterisk and no dagger part (a combined <c>A+B*</c> code is a dagger–asterisk pair).</summary>
    internal static bool IsLoneAsterisk(string? code) => code is not null && code.IndexOf('*') >= 0 && Separator(code) <= 0;

    /// <summary>Where a combined code's dagger part ends: the '+' of <c>E11.400+G63.2*</c>, else a '†' followed by more
    /// characters (<c>E11.400†G63.2*</c>); -1 for a single code.</summary>
    private static int Separator(string code)
    {
        var plus = code.IndexOf('+');
        if (plus >= 0) return plus;
        var dagger = code.IndexOf('†');
        return dagger >= 0 && dagger < code.Length - 1 ? dagger : -1;
    }

    private static bool Listed(SettlementCheckContext c, string asterisk)
    {
        foreach (var pair in c.RulePairs)
        {
            if (pair.Left.Contains(asterisk)) return true;
        }

        return false;
    }

    private static bool Pairs(SettlementCheckContext c, string asterisk, string dagger)
    {
        foreach (var pair in c.RulePairs)
        {
            if (pair.Left.Contains(asterisk) && pair.Right.Contains(dagger)) return true;
        }

        return false;
    }

    private static string Daggers(SettlementCheckContext c, string asterisk) =>
        string.Join("|", c.RulePairs.Where(p => p.Left.Contains(asterisk)).Select(p => p.Right.ToString()));

    private static void MainIn(SettlementCheckContext c, CodeList list)
    {
        if (c.InList(list, c.MainCode)) c.Report(D.DiagCode, c.MainIndex, c.MainCode, c.MainCode!);
    }
}
