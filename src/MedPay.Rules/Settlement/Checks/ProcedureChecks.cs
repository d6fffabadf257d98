using S = MedPay.Rules.Settlement.SetlinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Procedure rules PR-01 – PR-08.</summary>
internal static class ProcedureChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["PR-01"] = c =>
        {
            var rows = c.List.Procedures;
            if (rows.IsEmpty) return;
            var mains = 0;
            foreach (var row in rows) mains += row[O.OprnOprtType] == "1" ? 1 : 0;
            if (mains != 1) c.Report("oprninfo.oprn_oprt_type", null, mains.ToString(System.Globalization.CultureInfo.InvariantCulture));
        };
        map["PR-02"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 1; i < rows.Length; i++)
            {
                if (rows[i][O.OprnOprtCode] is not { } code || !rows[i].TryGetTime(O.OprnOprtDate, out var time)) continue;
                for (var j = 0; j < i; j++)
                {
                    if (!string.Equals(rows[j][O.OprnOprtCode], code, StringComparison.OrdinalIgnoreCase) || !rows[j].TryGetTime(O.OprnOprtDate, out var other) || other != time) continue;
                    c.Report(O.OprnOprtCode, i, code, code + " @ " + rows[i][O.OprnOprtDate]);
                    break;
                }
            }
        };
        map["PR-03"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][O.OprnOprtType] == "1" && c.InList("not_main_pr", rows[i][O.OprnOprtCode])) c.Report(O.OprnOprtCode, i, rows[i][O.OprnOprtCode], rows[i][O.OprnOprtCode]!);
            }
        };
        map["PR-04"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].IsEmpty(O.OperDrName)) c.Report(O.OperDrName, i, rows[i][O.OperDrName], "OPER_DR_NAME empty");
                if (rows[i].IsEmpty(O.OperDrCode)) c.Report(O.OperDrCode, i, rows[i][O.OperDrCode], "OPER_DR_CODE empty");
            }
        };
        map["PR-05"] = CodePairs.Check;
        map["PR-06"] = CodePairs.Check;
        map["PR-07"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (c.InList("nonspecific_pr", rows[i][O.OprnOprtCode])) c.Report(O.OprnOprtCode, i, rows[i][O.OprnOprtCode], rows[i][O.OprnOprtCode]!);
            }
        };
        map["PR-08"] = c =>
        {
            if (c.Setl[S.ChrgTags] is not { } tags) return;
            foreach (var part in tags.Split(',', ';', '|'))
            {
                var tag = part.Trim().ToUpperInvariant();
                if (tag.Length == 0) continue;
                if (tag == "ANST")
                {
                    if (!c.List.Procedures.Any(r => !r.IsEmpty(O.AnstWay))) c.Report(S.ChrgTags, -1, tags, tag);
                    continue;
                }

                var list = c.Catalogue.List("charge_tag_" + tag);
                if (list.Ranges.IsEmpty) continue;
                if (!c.List.Procedures.Any(r => list.Contains(r[O.OprnOprtCode]))) c.Report(S.ChrgTags, -1, tags, tag + " → " + list);
            }
        };
    }
}
