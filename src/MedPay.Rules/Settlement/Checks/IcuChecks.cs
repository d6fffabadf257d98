using S = MedPay.Rules.Settlement.SetlinfoFields;
using I = MedPay.Rules.Settlement.IcuinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>ICU, ventilator and coma rules IC-01 – IC-06.</summary>
internal static class IcuChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["IC-01"] = c =>
        {
            var rows = c.List.IcuStays;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!rows[i].TryGetTime(I.ScsCutdInpoolTime, out var entry) || !rows[i].TryGetTime(I.ScsCutdExitTime, out var exit)) continue;
                if (entry >= exit) c.Report(I.ScsCutdExitTime, i, rows[i][I.ScsCutdExitTime], rows[i][I.ScsCutdInpoolTime] + " ≥ " + rows[i][I.ScsCutdExitTime]);
                else if (c.HasStay && (entry < c.Admission || exit > c.Discharge)) c.Report(I.ScsCutdInpoolTime, i, rows[i][I.ScsCutdInpoolTime], rows[i][I.ScsCutdInpoolTime] + "–" + rows[i][I.ScsCutdExitTime] + " outside the stay");
            }
        };
        map["IC-02"] = c =>
        {
            var rows = c.List.IcuStays;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!rows[i].TryGetTime(I.ScsCutdInpoolTime, out var entry) || !rows[i].TryGetTime(I.ScsCutdExitTime, out var exit) || exit <= entry) continue;
                if (!rows[i].TryGetNumber(I.ScsCutdSumDura, out var minutes)) continue;
                var actual = (decimal)(exit - entry).TotalMinutes;
                if (Math.Abs(actual - minutes) > c.Parameters.IcuToleranceMinutes)
                    c.Report(I.ScsCutdSumDura, i, rows[i][I.ScsCutdSumDura], rows[i][I.ScsCutdSumDura] + " ≠ " + SettlementValues.FormatDuration((long)actual));
            }
        };
        map["IC-03"] = c =>
        {
            var rows = c.List.IcuStays;
            var total = 0d;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!rows[i].TryGetTime(I.ScsCutdInpoolTime, out var entry) || !rows[i].TryGetTime(I.ScsCutdExitTime, out var exit) || exit <= entry) continue;
                total += (exit - entry).TotalMinutes;
                for (var j = 0; j < i; j++)
                {
                    if (!rows[j].TryGetTime(I.ScsCutdInpoolTime, out var otherEntry) || !rows[j].TryGetTime(I.ScsCutdExitTime, out var otherExit) || otherExit <= otherEntry) continue;
                    if (entry < otherExit && otherEntry < exit) c.Report(I.ScsCutdInpoolTime, i, rows[i][I.ScsCutdInpoolTime], "icuinfo[" + j + "] overlaps icuinfo[" + i + "]");
                }
            }

            if (c.HasStay && total > (c.Discharge - c.Admission).TotalMinutes)
                c.Report("icuinfo", null, SettlementValues.FormatDuration((long)total) + " > " + SettlementValues.FormatDuration((long)(c.Discharge - c.Admission).TotalMinutes));
        };
        map["IC-04"] = c =>
        {
            if (c.HasStay && c.Setl.TryGetNumber(S.VentUsedDura, out var minutes) && (double)minutes > (c.Discharge - c.Admission).TotalMinutes)
                c.Report(S.VentUsedDura, -1, c.Setl[S.VentUsedDura], c.Setl[S.VentUsedDura]!);
        };
        map["IC-05"] = c =>
        {
            var threshold = c.Parameters.VentilationThresholdHours * 60m;
            var known = c.Setl.TryGetNumber(S.VentUsedDura, out var minutes);
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                var code = rows[i][O.OprnOprtCode];
                var under = c.InList("ventilation_under_96h_pr", code);
                var over = c.InList("ventilation_96h_pr", code);
                if (!under && !over) continue;
                if (!known) c.Report(S.VentUsedDura, -1, null, code + ", ventilator time empty");
                else if (under && minutes >= threshold) c.Report(O.OprnOprtCode, i, code, code + " with " + c.Setl[S.VentUsedDura]);
                else if (over && minutes < threshold) c.Report(O.OprnOprtCode, i, code, code + " with " + c.Setl[S.VentUsedDura]);
            }

            if (c.Setl[S.ChrgTags] is { } tags && tags.IndexOf("VENT", StringComparison.OrdinalIgnoreCase) >= 0 && (!known || minutes == 0))
                c.Report(S.VentUsedDura, -1, c.Setl[S.VentUsedDura], "ventilator charged, time " + (c.Setl[S.VentUsedDura] ?? "empty"));
        };
        map["IC-06"] = c =>
        {
            if (c.HasStay && c.Setl.TryGetNumber(S.PwcryAfadmComaDura, out var minutes) && (double)minutes > (c.Discharge - c.Admission).TotalMinutes)
                c.Report(S.PwcryAfadmComaDura, -1, c.Setl[S.PwcryAfadmComaDura], c.Setl[S.PwcryAfadmComaDura]!);
        };
    }
}
