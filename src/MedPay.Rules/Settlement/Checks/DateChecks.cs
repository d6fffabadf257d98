using S = MedPay.Rules.Settlement.SetlinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Date and length-of-stay rules DT-01 – DT-09. The stay is the closed interval [ADM_TIME, DSCG_TIME].</summary>
internal static class DateChecks
{
    private static readonly SettlementField[] Nursing = { S.SpgaNurscareDays, S.Lv1NurscareDays, S.ScdNurscareDays, S.Lv3NurscareDays };

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["DT-01"] = c =>
        {
            if (c.HasAdmission && c.HasDischarge && c.Admission > c.Discharge)
                c.Report(S.DscgTime, -1, c.Setl[S.DscgTime], SettlementCheckContext.Text(c.Admission) + " > " + SettlementCheckContext.Text(c.Discharge));
        };
        map["DT-02"] = c =>
        {
            if (!c.HasStay) return;
            var expected = ExpectedStayDays(c);
            if (!c.Setl.TryGetNumber(S.ActIptDays, out var days) || days != expected)
                c.Report(S.ActIptDays, -1, c.Setl[S.ActIptDays], (c.Setl[S.ActIptDays] ?? "empty") + " ≠ " + expected);
        };
        map["DT-03"] = c =>
        {
            if (c.HasBirth && c.HasAdmission && c.Birth.Date > c.Admission.Date)
                c.Report(S.Brdy, -1, c.Setl[S.Brdy], SettlementCheckContext.Text(c.Birth) + " > " + SettlementCheckContext.Text(c.Admission.Date));
        };
        map["DT-04"] = c =>
        {
            if (!c.HasComputedAge) return;
            if (c.HasAgeYears && decimal.Floor(c.AgeYears) != c.ComputedYears)
                c.Report(S.Age, -1, c.Setl[S.Age], "AGE " + c.Setl[S.Age] + " ≠ " + c.ComputedYears);
            if (c.ComputedYears == 0 && c.HasAgeDays && c.AgeDays != c.ComputedDays)
                c.Report(S.NwbAge, -1, c.Setl[S.NwbAge], "NWB_AGE " + c.Setl[S.NwbAge] + " ≠ " + c.ComputedDays);
        };
        map["DT-05"] = c =>
        {
            if (!c.HasStay) return;
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].TryGetTime(O.OprnOprtDate, out var date) && (date.Date < c.Admission.Date || date.Date > c.Discharge.Date))
                    c.Report(O.OprnOprtDate, i, rows[i][O.OprnOprtDate], rows[i][O.OprnOprtDate]!);
                Interval(c, rows[i], i, O.OprnOprtBegntime, O.OprnOprtEndtime);
            }
        };
        map["DT-06"] = c =>
        {
            if (!c.HasStay) return;
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++) Interval(c, rows[i], i, O.AnstBegntime, O.AnstEndtime);
        };
        map["DT-07"] = c =>
        {
            var hasBegin = c.Setl.TryGetTime(S.SetlBegnDate, out var begin);
            var hasEnd = c.Setl.TryGetTime(S.SetlEndDate, out var end);
            if (hasBegin && hasEnd && begin > end)
            {
                c.Report(S.SetlEndDate, -1, c.Setl[S.SetlEndDate], c.Setl[S.SetlBegnDate] + " > " + c.Setl[S.SetlEndDate]);
                return;
            }

            if (!c.HasStay) return;
            if (hasBegin && (begin.Date < c.Admission.Date || begin.Date > c.Discharge.Date)) c.Report(S.SetlBegnDate, -1, c.Setl[S.SetlBegnDate], c.Setl[S.SetlBegnDate] + " outside the stay");
            if (hasEnd && (end.Date < c.Admission.Date || end.Date > c.Discharge.Date)) c.Report(S.SetlEndDate, -1, c.Setl[S.SetlEndDate], c.Setl[S.SetlEndDate] + " outside the stay");
        };
        map["DT-08"] = c =>
        {
            if (c.HasDischarge && c.Setl.TryGetTime(S.DclaTime, out var declared) && declared < c.Discharge)
                c.Report(S.DclaTime, -1, c.Setl[S.DclaTime], c.Setl[S.DclaTime] + " < " + c.Setl[S.DscgTime]);
        };
        map["DT-09"] = c =>
        {
            var any = false;
            var sum = 0m;
            foreach (var field in Nursing)
            {
                if (!c.Setl.TryGetNumber(field, out var days)) continue;
                any = true;
                sum += days;
            }

            if (!any) return;
            decimal stay;
            if (c.Setl.TryGetNumber(S.ActIptDays, out var act)) stay = act;
            else if (c.HasStay) stay = ExpectedStayDays(c);
            else return;
            if (sum > stay || (c.Parameters.NursingDaysMustEqualStay && sum != stay))
                c.Report(S.SpgaNurscareDays, -1, null, SettlementCheckContext.Text(sum) + (sum > stay ? " > " : " ≠ ") + SettlementCheckContext.Text(stay));
        };
    }

    /// <summary>Calendar days between the discharge and admission dates; a same-day stay counts as the pack says.</summary>
    internal static int ExpectedStayDays(SettlementCheckContext c)
    {
        var days = (int)(c.Discharge.Date - c.Admission.Date).TotalDays;
        return days == 0 ? c.Parameters.SameDayStayDays : days;
    }

    private static void Interval(SettlementCheckContext c, SettlementRecord row, int index, SettlementField beginField, SettlementField endField)
    {
        var hasBegin = row.TryGetTime(beginField, out var begin);
        var hasEnd = row.TryGetTime(endField, out var end);
        if (hasBegin && (begin < c.Admission || begin > c.Discharge)) c.Report(beginField, index, row[beginField], row[beginField] + " outside the stay");
        if (hasEnd && (end < c.Admission || end > c.Discharge)) c.Report(endField, index, row[endField], row[endField] + " outside the stay");
        if (hasBegin && hasEnd && begin > end) c.Report(endField, index, row[endField], row[beginField] + " > " + row[endField]);
    }
}
