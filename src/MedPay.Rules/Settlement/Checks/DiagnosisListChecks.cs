using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Diagnosis-list rules DX-01 – DX-05.</summary>
internal static class DiagnosisListChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["DX-01"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 1; i < rows.Length; i++)
            {
                if (rows[i][D.DiagCode] is not { } code) continue;
                for (var j = 0; j < i; j++)
                {
                    if (!string.Equals(rows[j][D.DiagCode], code, StringComparison.OrdinalIgnoreCase)) continue;
                    c.Report(D.DiagCode, i, code, code);
                    break;
                }
            }
        };
        map["DX-02"] = CodePairs.Check;
        map["DX-03"] = c =>
        {
            if (c.Setl.TryGetNumber(S.DiagCodeCnt, out var diagnoses) ? diagnoses != c.List.Diagnoses.Length : !c.Setl.IsEmpty(S.DiagCodeCnt))
                c.Report(S.DiagCodeCnt, -1, c.Setl[S.DiagCodeCnt], c.Setl[S.DiagCodeCnt] + " ≠ " + c.List.Diagnoses.Length);
            if (c.Setl.TryGetNumber(S.OprnOprtCodeCnt, out var procedures) ? procedures != c.List.Procedures.Length : !c.Setl.IsEmpty(S.OprnOprtCodeCnt))
                c.Report(S.OprnOprtCodeCnt, -1, c.Setl[S.OprnOprtCodeCnt], c.Setl[S.OprnOprtCodeCnt] + " ≠ " + c.List.Procedures.Length);
        };
        map["DX-04"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (c.IsWestern(rows[i]) && rows[i].IsEmpty(D.AdmCondType)) c.Report(D.AdmCondType, i, rows[i][D.AdmCondType], SettlementLayout.Path(D.AdmCondType, i));
            }
        };
        map["DX-05"] = c =>
        {
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (i != c.MainIndex && c.InList("complication_of_care_dx", rows[i][D.DiagCode])) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
            }
        };
    }
}
