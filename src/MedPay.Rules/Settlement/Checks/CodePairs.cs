using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>The code-combination engine behind DX-02, PR-05, PR-06, MD-12, MD-13 and NB-08: rows of
/// <c>code_pairs.csv</c> for the current rule, evaluated over the list's diagnoses and procedures.</summary>
internal static class CodePairs
{
    public static void Check(SettlementCheckContext c)
    {
        foreach (var pair in c.RulePairs)
        {
            if (!c.MayMatch(pair.Left, pair.LeftKind == "pr")) continue; // no code of the list starts like a left-hand code
            var left = FirstMatch(c, pair.LeftKind, pair.Left, -1);
            if (left.Row < 0) continue;
            var right = FirstMatch(c, pair.RightKind, pair.Right, left.Row, pair.LeftKind == pair.RightKind);
            if (pair.Requires)
            {
                if (right.Row < 0) c.Report(left.Field, left.Row, left.Code, left.Code + " → " + pair.Right);
            }
            else if (right.Row >= 0)
            {
                var detail = left.Code + " + " + right.Code + (pair.Suggestion is null ? string.Empty : " → " + pair.Suggestion);
                c.Report(right.Field, right.Row, right.Code, detail);
            }
        }
    }

    private static (SettlementField Field, int Row, string? Code) FirstMatch(SettlementCheckContext c, string kind, CodeRangeSet set, int skipRow, bool sameKind = false)
    {
        switch (kind)
        {
            case "main_dx":
                return c.MainIndex >= 0 && c.MainIndex != skipRow && set.Contains(c.MainCode) ? (D.DiagCode, c.MainIndex, c.MainCode) : (D.DiagCode, -1, null);
            case "pr":
                var procedures = c.List.Procedures;
                for (var i = 0; i < procedures.Length; i++)
                {
                    if (sameKind && i == skipRow) continue;
                    var code = procedures[i][O.OprnOprtCode];
                    if (set.Contains(code)) return (O.OprnOprtCode, i, code);
                }

                return (O.OprnOprtCode, -1, null);
            default:
                var diagnoses = c.List.Diagnoses;
                for (var i = 0; i < diagnoses.Length; i++)
                {
                    if (sameKind && i == skipRow) continue;
                    var code = diagnoses[i][D.DiagCode];
                    if (set.Contains(code)) return (D.DiagCode, i, code);
                }

                return (D.DiagCode, -1, null);
        }
    }
}
