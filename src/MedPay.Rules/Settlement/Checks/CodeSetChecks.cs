using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;
using OP = MedPay.Rules.Settlement.OpspdiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Code-set rules CS-01 – CS-06: pack dictionaries for coded fields, and the insurance code dictionaries
/// through <see cref="ISettlementCodeSets"/>.</summary>
internal static class CodeSetChecks
{
    private static readonly string[] DepartmentSeparators = { "->", "→", ">", "，", "," };

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["CS-01"] = Dictionaries;
        map["CS-02"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!c.IsWestern(rows[i]) || rows[i][D.DiagCode] is not { } code) continue;
                var known = c.Codes.IsDiagnosis(code);
                if (known == false)
                {
                    c.Report(D.DiagCode, i, code, code);
                    continue;
                }

                if (known == true && c.Codes.DiagnosisName(code) is { } name && rows[i][D.DiagName] is { } sent && !string.Equals(name, sent, StringComparison.Ordinal))
                    c.Report(D.DiagName, i, sent, code + " " + sent + " ≠ " + name);
            }
        };
        map["CS-03"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][O.OprnOprtCode] is { } code && c.Codes.IsProcedure(code) == false) c.Report(O.OprnOprtCode, i, code, code);
            }

            var outpatient = c.List.OutpatientDiagnoses;
            for (var i = 0; i < outpatient.Length; i++)
            {
                if (outpatient[i][OP.OprnOprtCode] is { } code && c.Codes.IsProcedure(code) == false) c.Report(OP.OprnOprtCode, i, code, code);
            }
        };
        map["CS-04"] = c =>
        {
            if (c.Setl[S.TcmDiseCode] is { } outpatient && c.Codes.IsTcmDiagnosis(outpatient) == false) c.Report(S.TcmDiseCode, -1, outpatient, outpatient);
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!c.IsWestern(rows[i]) && rows[i][D.DiagCode] is { } code && c.Codes.IsTcmDiagnosis(code) == false) c.Report(D.DiagCode, i, code, code);
            }
        };
        map["CS-05"] = c =>
        {
            if (c.Setl[S.WmDiseCode] is { } code && c.Codes.IsDiagnosis(code) == false) c.Report(S.WmDiseCode, -1, code, code);
        };
        map["CS-06"] = c =>
        {
            if (c.Setl[S.IptMedType] == "2" && c.MainCode is { } main && c.Codes.IsDaySurgeryDisease(main) == false) c.Report(D.DiagCode, c.MainIndex, main, main);
        };
    }

    private static void Dictionaries(SettlementCheckContext c)
    {
        foreach (var set in c.Catalogue.CodeSets)
        {
            var field = set.Field;
            if (field == S.DscgWay) continue; // DS-01
            if (field.Node == SettlementNode.Setlinfo)
            {
                Check(c, set, c.Setl, -1);
                continue;
            }

            var rows = c.List.Rows(field.Node);
            for (var i = 0; i < rows.Length; i++) Check(c, set, rows[i], i);
        }
    }

    private static void Check(SettlementCheckContext c, SettlementCodeSet set, SettlementRecord row, int index)
    {
        var value = row[set.Field];
        if (value is null) return;
        if (set.Field == S.RefldeptDept)
        {
            foreach (var part in value.Split(DepartmentSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var code = part.Trim();
                if (code.Length > 0 && !set.Contains(code)) c.Report(set.Field, index, value, SettlementLayout.Path(set.Field, index) + "=" + code);
            }

            return;
        }

        if (!set.Contains(value)) c.Report(set.Field, index, value, SettlementLayout.Path(set.Field, index) + "=" + value);
    }
}
