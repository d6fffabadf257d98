using System.Globalization;
using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Newborn and infant rules NB-01 – NB-08.</summary>
internal static class NewbornChecks
{
    private static readonly SettlementField[] AdmissionWeights = { S.NwbAdmWt, S.MulNwbAdmWt };
    private static readonly SettlementField[] BirthWeights = { S.NwbBirWt, S.MulNwbBirWt };
    private static readonly SettlementField[] AnyWeights = { S.NwbBirWt, S.MulNwbBirWt, S.NwbAdmWt };

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["NB-01"] = c =>
        {
            if (c.Setl.IsEmpty(S.Age) && c.Setl.IsEmpty(S.NwbAge)) return; // GR-01
            var infant = c.HasComputedAge ? c.ComputedYears == 0 : c.HasAgeYears && c.AgeYears == 0m;
            if (c.HasAgeDays && (c.AgeDays < 0 || c.AgeDays > 365)) c.Report(S.NwbAge, -1, c.Setl[S.NwbAge], "NWB_AGE " + c.Setl[S.NwbAge] + " not within 0–365");
            if (!infant) return;
            if (!c.HasAgeDays) c.Report(S.NwbAge, -1, c.Setl[S.NwbAge], "NWB_AGE empty for an infant");
            if (!c.Setl.IsEmpty(S.Age)) c.Report(S.Age, -1, c.Setl[S.Age], "AGE filled for an infant");
        };
        map["NB-02"] = c =>
        {
            if (c.IsNewborn && c.Setl.IsEmpty(S.NwbAdmType)) c.Report(S.NwbAdmType, -1, null, "age " + c.EffectiveDays + " days");
        };
        map["NB-03"] = c =>
        {
            if (!c.IsNewborn) return;
            var any = false;
            foreach (var field in AdmissionWeights)
            {
                foreach (var grams in FormatChecks.WeightsOf(c.Setl, field))
                {
                    any = true;
                    if (!InRange(c, grams)) c.Report(field, -1, c.Setl[field], Grams(grams) + " g outside " + Range(c));
                }
            }

            if (!any) c.Report(S.NwbAdmWt, -1, c.Setl[S.NwbAdmWt], "admission weight empty");
        };
        map["NB-04"] = c =>
        {
            var delivery = FindDelivery(c);
            if (delivery < 0) return;
            var any = false;
            foreach (var field in BirthWeights)
            {
                foreach (var grams in FormatChecks.WeightsOf(c.Setl, field))
                {
                    any = true;
                    if (!InRange(c, grams)) c.Report(field, -1, c.Setl[field], Grams(grams) + " g outside " + Range(c));
                }
            }

            if (!any) c.Report(S.NwbBirWt, -1, c.Setl[S.NwbBirWt], c.List.Diagnoses[delivery][D.DiagCode] + ", birth weight empty");
        };
        map["NB-05"] = MultipleBirths;
        map["NB-06"] = c =>
        {
            if (!BirthWeight(c, out var grams)) return;
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i][D.DiagCode] is not { } code) continue;
                foreach (var band in c.Catalogue.WeightCodes)
                {
                    if (!code.StartsWith(band.Code, StringComparison.OrdinalIgnoreCase) || band.Fits(grams)) continue;
                    c.Report(D.DiagCode, i, code, code + " (" + Grams(grams) + " g" + (band.Suggestion is null ? string.Empty : " → " + band.Suggestion) + ")");
                }
            }
        };
        map["NB-07"] = c =>
        {
            var years = c.EffectiveYears;
            if (years is null) return;
            var days = c.EffectiveDays;
            var rows = c.List.Diagnoses;
            for (var i = 0; i < rows.Length; i++)
            {
                var code = rows[i][D.DiagCode];
                if (c.InList("birth_injury_dx", code) && (years > 0 || days > c.Parameters.NewbornMaxAgeDays))
                    c.Report(D.DiagCode, i, code, code + " at " + (years > 0 ? years + " years" : days + " days"));
                else if (c.InList("perinatal_dx", code) && years > c.Parameters.PerinatalMaxAgeYears)
                    c.Report(D.DiagCode, i, code, code + " at " + years + " years");
            }
        };
    }

    /// <summary>NB-08 second part: at most one Z37 outcome.</summary>
    internal static void SingleOutcome(SettlementCheckContext c)
    {
        var rows = c.List.Diagnoses;
        var seen = false;
        for (var i = 0; i < rows.Length; i++)
        {
            if (!c.InList("delivery_outcome_dx", rows[i][D.DiagCode])) continue;
            if (seen) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode] + ": second Z37");
            seen = true;
        }
    }

    internal static bool BirthWeight(SettlementCheckContext c, out decimal grams)
    {
        foreach (var field in AnyWeights)
        {
            foreach (var value in FormatChecks.WeightsOf(c.Setl, field))
            {
                grams = value;
                return true;
            }
        }

        grams = 0m;
        return false;
    }

    private static int FindDelivery(SettlementCheckContext c)
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            var code = rows[i][D.DiagCode];
            if ((c.InList("delivery_dx", code) && !c.InList("delivery_dx_excluded", code)) || c.InList("live_birth_outcome_dx", code)) return i;
        }

        return -1;
    }

    private static void MultipleBirths(SettlementCheckContext c)
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            var code = rows[i][D.DiagCode];
            if (code is null || !code.StartsWith("Z37.", StringComparison.OrdinalIgnoreCase) || code.Length < 5) continue;
            (int Min, int Max) expected = code[4] switch
            {
                '0' => (1, 1),
                '2' => (2, 2),
                '3' => (1, 1),
                '5' => (3, 9),
                '6' => (1, 9),
                _ => (0, 0),
            };
            if (expected.Max == 0) continue;
            var count = c.Setl[S.MulNwbBirWt] is { } list ? list.Split(',').Length : c.Setl.IsEmpty(S.NwbBirWt) ? 0 : 1;
            if (count == 0) continue; // NB-04
            if (count < expected.Min || count > expected.Max)
                c.Report(c.Setl.IsEmpty(S.MulNwbBirWt) ? S.NwbBirWt : S.MulNwbBirWt, -1, c.Setl[S.MulNwbBirWt] ?? c.Setl[S.NwbBirWt], code + ": " + count + " weight(s)");
        }

        if (c.Setl[S.MulNwbBirWt] is { } births && c.Setl[S.MulNwbAdmWt] is { } admissions && births.Split(',').Length != admissions.Split(',').Length)
            c.Report(S.MulNwbAdmWt, -1, admissions, births.Split(',').Length + " birth weights, " + admissions.Split(',').Length + " admission weights");
    }

    private static bool InRange(SettlementCheckContext c, decimal grams) => grams >= c.Parameters.WeightMinGrams && grams <= c.Parameters.WeightMaxGrams;

    private static string Range(SettlementCheckContext c) => c.Parameters.WeightMinGrams + "–" + c.Parameters.WeightMaxGrams;

    private static string Grams(decimal grams) => grams.ToString("0.##", CultureInfo.InvariantCulture);
}
