using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;
using OP = MedPay.Rules.Settlement.OpspdiseinfoFields;
using B = MedPay.Rules.Settlement.BldinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Completeness rules RQ-01 – RQ-13 (docs/settlement-rule-catalogue.md §RQ).</summary>
internal static class CompletenessChecks
{
    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["RQ-01"] = RequiredFields;
        map["RQ-02"] = RequiredFields;
        map["RQ-03"] = c =>
        {
            if (!IsOutpatientChronic(c) && c.List.Diagnoses.IsEmpty) c.Report("diseinfo", null, "diseinfo");
        };
        map["RQ-04"] = StandardStaffCodes;
        map["RQ-05"] = RequiredFields;
        map["RQ-06"] = AgePair;
        map["RQ-07"] = NameAndCode;
        map["RQ-08"] = c =>
        {
            if (c.Setl[S.DscgWay] is not ("2" or "3")) return;
            foreach (var field in new[] { S.AcpMedinsName, S.AcpOptinsCode })
            {
                if (c.Setl.IsEmpty(field)) c.Report(field, -1, c.Setl[field], field.Code);
            }
        };
        map["RQ-09"] = c =>
        {
            var flag = c.Setl[S.DaysRinpFlag31];
            var purpose = !c.Setl.IsEmpty(S.DaysRinpPup31);
            if (flag == "2" && !purpose) c.Report(S.DaysRinpPup31, -1, c.Setl[S.DaysRinpPup31], "flag 2, purpose empty");
            if (flag == "1" && purpose) c.Report(S.DaysRinpPup31, -1, c.Setl[S.DaysRinpPup31], "flag 1, purpose filled");
        };
        map["RQ-10"] = c =>
        {
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                var way = !rows[i].IsEmpty(O.AnstWay);
                var doctor = !rows[i].IsEmpty(O.AnstDrName) || !rows[i].IsEmpty(O.AnstDrCode);
                if (way && !doctor) c.Report(O.AnstDrName, i, null, "ANST_WAY without anaesthetist");
                else if (!way && doctor) c.Report(O.AnstWay, i, null, "anaesthetist without ANST_WAY");
            }
        };
        map["RQ-11"] = c =>
        {
            Transfusion(c, c.Setl, -1, S.BldCat, S.BldAmt, S.BldUnt);
            var rows = c.List.Transfusions;
            for (var i = 0; i < rows.Length; i++) Transfusion(c, rows[i], i, B.BldCat, B.BldAmt, B.BldUnt);
        };
        map["RQ-12"] = OutpatientChronicPart;
        map["RQ-13"] = c =>
        {
            if (!c.Setl.IsEmpty(S.PwcryBfadmComaDura) || !c.Setl.IsEmpty(S.PwcryAfadmComaDura)) return;
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!c.InList("head_injury_dx", rows[i][D.DiagCode])) continue;
                c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
                return;
            }
        };
    }

    internal static bool IsOutpatientChronic(SettlementCheckContext c) =>
        c.Setl[S.MedType] is { } type && c.Parameters.OutpatientChronicMedTypes.Contains(type);

    /// <summary>The fields the rule lists (catalogue data) must be filled: scalar fields once, node fields in every row.</summary>
    private static void RequiredFields(SettlementCheckContext c)
    {
        foreach (var field in c.RuleFields)
        {
            if (field.Node == SettlementNode.Setlinfo)
            {
                if (c.Setl.IsEmpty(field)) c.Report(field, -1, c.Setl[field], SettlementLayout.Path(field));
                continue;
            }

            var rows = c.List.Rows(field.Node);
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].IsEmpty(field)) c.Report(field, i, rows[i][field], SettlementLayout.Path(field, i));
            }
        }
    }

    private static void StandardStaffCodes(SettlementCheckContext c)
    {
        if (!c.Parameters.RequireStandardStaffCodes) return;
        var rows = c.List.Procedures;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].IsEmpty(O.OperDrCodeStd)) c.Report(O.OperDrCodeStd, i, null, O.OperDrCodeStd.Code);
            var anaesthesia = !rows[i].IsEmpty(O.AnstWay) || !rows[i].IsEmpty(O.AnstDrCode) || !rows[i].IsEmpty(O.AnstDrName);
            if (anaesthesia && rows[i].IsEmpty(O.AnstDrCodeStd)) c.Report(O.AnstDrCodeStd, i, null, O.AnstDrCodeStd.Code);
        }

        if (c.Setl.IsEmpty(S.ChfpdrCodeStd)) c.Report(S.ChfpdrCodeStd, -1, null, S.ChfpdrCodeStd.Code);
        if (!c.Setl.IsEmpty(S.RespNursName) && c.Setl.IsEmpty(S.RespNursCodeStd)) c.Report(S.RespNursCodeStd, -1, null, S.RespNursCodeStd.Code);
    }

    private static void AgePair(SettlementCheckContext c)
    {
        if (!c.HasAgeYears && !c.HasAgeDays && c.Setl.IsEmpty(S.Age) && c.Setl.IsEmpty(S.NwbAge)) return; // GR-01
        if (c.Setl.State(S.Age) == SettlementValueState.Invalid || (c.HasAgeYears && (c.AgeYears < 0 || decimal.Truncate(c.AgeYears) != c.AgeYears)))
        {
            c.Report(S.Age, -1, c.Setl[S.Age], "AGE is not a whole number of years");
            return;
        }

        if (c.HasComputedAge)
        {
            if (c.ComputedYears < 1) return; // NB-01
            if (!c.HasAgeYears) c.Report(S.Age, -1, null, "AGE empty at " + c.ComputedYears + " years");
            if (!c.Setl.IsEmpty(S.NwbAge)) c.Report(S.NwbAge, -1, c.Setl[S.NwbAge], "NWB_AGE filled at " + c.ComputedYears + " years");
        }
        else if (c.HasAgeYears && c.AgeYears >= 1 && !c.Setl.IsEmpty(S.NwbAge))
        {
            c.Report(S.NwbAge, -1, c.Setl[S.NwbAge], "both AGE and NWB_AGE filled");
        }
    }

    private static void NameAndCode(SettlementCheckContext c)
    {
        Pair(c, c.Setl, -1, S.WmDiseCode, S.OtpWmDise);
        Pair(c, c.Setl, -1, S.TcmDiseCode, S.OtpTcmDise);
        var diagnoses = c.List.Diagnoses;
        for (var i = 0; i < diagnoses.Length; i++) Pair(c, diagnoses[i], i, D.DiagCode, D.DiagName);
        var procedures = c.List.Procedures;
        for (var i = 0; i < procedures.Length; i++) Pair(c, procedures[i], i, O.OprnOprtCode, O.OprnOprtName);
        var outpatient = c.List.OutpatientDiagnoses;
        for (var i = 0; i < outpatient.Length; i++)
        {
            Pair(c, outpatient[i], i, OP.DiagCode, OP.DiagName);
            Pair(c, outpatient[i], i, OP.OprnOprtCode, OP.OprnOprtName);
        }
    }

    private static void Pair(SettlementCheckContext c, SettlementRecord row, int index, SettlementField code, SettlementField name)
    {
        // Rows where both are empty are RQ-02's concern (node-mandatory), not a name/code mismatch.
        var hasCode = !row.IsEmpty(code);
        var hasName = !row.IsEmpty(name);
        if (hasCode && !hasName) c.Report(name, index, null, SettlementLayout.Path(code, index));
        else if (!hasCode && hasName) c.Report(code, index, null, SettlementLayout.Path(name, index));
    }

    private static void Transfusion(SettlementCheckContext c, SettlementRecord row, int index, SettlementField category, SettlementField amount, SettlementField unit)
    {
        if (row.IsEmpty(category)) return;
        if (!row.TryGetNumber(amount, out var volume) || volume <= 0) c.Report(amount, index, row[amount], "volume " + (row[amount] ?? "empty"));
        if (row.IsEmpty(unit)) c.Report(unit, index, null, "unit empty");
    }

    private static void OutpatientChronicPart(SettlementCheckContext c)
    {
        if (IsOutpatientChronic(c))
        {
            if (c.Setl.IsEmpty(S.OpspDiagCaty)) c.Report(S.OpspDiagCaty, -1, null, "OPSP_DIAG_CATY empty");
            if (c.Setl.IsEmpty(S.OpspMdtrtDate)) c.Report(S.OpspMdtrtDate, -1, null, "OPSP_MDTRT_DATE empty");
            if (c.List.OutpatientDiagnoses.IsEmpty) c.Report("opspdiseinfo", null, "opspdiseinfo empty");
            return;
        }

        if (!c.Setl.IsEmpty(S.OpspDiagCaty)) c.Report(S.OpspDiagCaty, -1, c.Setl[S.OpspDiagCaty], "filled on an inpatient list");
        if (!c.Setl.IsEmpty(S.OpspMdtrtDate)) c.Report(S.OpspMdtrtDate, -1, c.Setl[S.OpspMdtrtDate], "filled on an inpatient list");
        if (!c.List.OutpatientDiagnoses.IsEmpty) c.Report("opspdiseinfo", null, "rows on an inpatient list");
    }
}
