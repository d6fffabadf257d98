using S = MedPay.Rules.Settlement.SetlinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Discharge and death rules DS-01 – DS-06 and the grouper pre-conditions GR-01.</summary>
internal static class DischargeChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["DS-01"] = c =>
        {
            var way = c.Setl[S.DscgWay];
            var set = c.Catalogue.Dictionary(S.DscgWay);
            if (way is null || (set is not null && !set.Contains(way))) c.Report(S.DscgWay, -1, way, way ?? "empty");
        };
        map["DS-02"] = c =>
        {
            var way = c.Setl[S.DscgWay];
            if (way is null || way is "2" or "3") return;
            if (!c.Setl.IsEmpty(S.AcpMedinsName) || !c.Setl.IsEmpty(S.AcpOptinsCode))
                c.Report(c.Setl.IsEmpty(S.AcpMedinsName) ? S.AcpOptinsCode : S.AcpMedinsName, -1, c.Setl[S.AcpMedinsName] ?? c.Setl[S.AcpOptinsCode], way);
        };
        map["DS-03"] = c =>
        {
            if (c.Setl[S.DscgWay] != "5") return;
            if (c.Setl.IsEmpty(S.DscgTime)) c.Report(S.DscgTime, -1, null, "DSCG_TIME empty");
            else if (c.HasDischarge && c.Setl.TryGetTime(S.DeathTime, out var death) && Math.Abs((death - c.Discharge).TotalMinutes) >= 1)
                c.Report(S.DscgTime, -1, c.Setl[S.DscgTime], c.Setl[S.DscgTime] + " ≠ " + c.Setl[S.DeathTime]);
        };
        map["DS-04"] = c =>
        {
            if (c.Setl[S.DscgWay] != "5") return;
            if (c.Setl[S.DaysRinpFlag31] == "2") c.Report(S.DaysRinpFlag31, -1, "2", "DAYS_RINP_FLAG_31=2");
            else if (!c.Setl.IsEmpty(S.DaysRinpPup31)) c.Report(S.DaysRinpPup31, -1, c.Setl[S.DaysRinpPup31], "DAYS_RINP_PUP_31 filled");
        };
        map["DS-05"] = c =>
        {
            if (c.Setl[S.FpDeathFlag] == "1" && c.Setl[S.DscgWay] != "5") c.Report(S.DscgWay, -1, c.Setl[S.DscgWay], c.Setl[S.DscgWay] ?? "empty");
        };
        map["DS-06"] = c =>
        {
            if (c.Setl[S.DscgWay] == "9") c.Report(S.DscgWay, -1, "9", "9");
        };
        map["GR-01"] = c =>
        {
            if (c.Setl.IsEmpty(S.Age) && c.Setl.IsEmpty(S.NwbAge)) c.Report(S.Age, -1, null, "no age (AGE and NWB_AGE empty)");
            if (c.IsNewborn && c.Setl.IsEmpty(S.NwbBirWt) && c.Setl.IsEmpty(S.MulNwbBirWt))
                c.Report(S.NwbBirWt, -1, null, "newborn aged " + c.EffectiveDays + " days without birth weight");
        };
    }
}
