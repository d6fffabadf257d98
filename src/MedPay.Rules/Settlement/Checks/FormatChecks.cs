using System.Globalization;
using S = MedPay.Rules.Settlement.SetlinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;
using I = MedPay.Rules.Settlement.IcuinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Format and length rules FM-01 – FM-08.</summary>
internal static class FormatChecks
{
    private static readonly SettlementField[] Weights = { S.NwbBirWt, S.NwbAdmWt, S.MulNwbBirWt, S.MulNwbAdmWt };
    /// <summary>Per node, the fields with a published length as flat entries (position, length, decimal or not), so FM-06
    /// walks a contiguous array and touches a field object only when it reports.</summary>
    private static readonly (int Index, int MaxLength, bool IsDecimal, SettlementField Field)[][] LimitedFields =
        SettlementLayout.Nodes.Select(n => SettlementLayout.Fields(n).Where(f => f.MaxLength > 0)
            .Select(f => (f.Index, f.MaxLength, f.Kind == SettlementFieldKind.Decimal, f)).ToArray()).ToArray();

    private static readonly SettlementField[] Durations = { S.VentUsedDura, S.PwcryBfadmComaDura, S.PwcryAfadmComaDura };

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["FM-01"] = c =>
        {
            foreach (var field in Durations)
            {
                if (c.Setl.State(field) == SettlementValueState.Invalid) c.Report(field, -1, c.Setl[field], c.Setl[field]!);
            }

            var rows = c.List.IcuStays;
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].State(I.ScsCutdSumDura) == SettlementValueState.Invalid) c.Report(I.ScsCutdSumDura, i, rows[i][I.ScsCutdSumDura], rows[i][I.ScsCutdSumDura]!);
            }
        };
        map["FM-02"] = c =>
        {
            if (c.Setl[S.Poscode] is { } code && (code.Length != 6 || !code.All(ch => ch >= '0' && ch <= '9'))) c.Report(S.Poscode, -1, code, code);
        };
        map["FM-03"] = c =>
        {
            foreach (var field in Weights)
            {
                if (c.Setl.State(field) == SettlementValueState.Invalid) c.Report(field, -1, c.Setl[field], c.Setl[field]!);
            }
        };
        map["FM-04"] = c =>
        {
            foreach (var field in Weights)
            {
                if (c.Setl.IsEmpty(field)) continue;
                foreach (var grams in WeightsOf(c.Setl, field))
                {
                    if (grams % 10m != 0m) c.Report(field, -1, c.Setl[field], grams.ToString(CultureInfo.InvariantCulture));
                }
            }
        };
        map["FM-05"] = c =>
        {
            StaffCode(c, c.Setl, -1, S.ChfpdrCodeStd, 'D');
            StaffCode(c, c.Setl, -1, S.RespNursCodeStd, 'N');
            var rows = c.List.Procedures;
            for (var i = 0; i < rows.Length; i++)
            {
                StaffCode(c, rows[i], i, O.OperDrCodeStd, 'D');
                StaffCode(c, rows[i], i, O.AnstDrCodeStd, 'D');
            }
        };
        map["FM-06"] = c =>
        {
            Lengths(c, c.Setl, -1);
            foreach (var node in SettlementLayout.Nodes)
            {
                if (node == SettlementNode.Setlinfo) continue;
                var rows = c.List.Rows(node);
                for (var i = 0; i < rows.Length; i++) Lengths(c, rows[i], i);
            }
        };
        map["FM-07"] = IdentityCard;
        map["FM-08"] = c =>
        {
            Unreadable(c, c.Setl, -1);
            foreach (var node in SettlementLayout.Nodes)
            {
                if (node == SettlementNode.Setlinfo) continue;
                var rows = c.List.Rows(node);
                for (var i = 0; i < rows.Length; i++) Unreadable(c, rows[i], i);
            }
        };
    }

    /// <summary>
    /// FM-08: an amount or a count that is present but not a number (<c>abc</c>, <c>1e400</c>, more digits than a decimal holds) cannot be
    /// settled, so it is a finding instead of being read as absent. Age has its own rule (the completeness rules) and the newborn weights
    /// theirs (FM-03); both are left to them.
    /// </summary>
    private static void Unreadable(SettlementCheckContext c, SettlementRecord record, int row)
    {
        foreach (var field in NumberFields[(int)record.Node])
        {
            if (record.State(field) != SettlementValueState.Invalid) continue;
            var value = record[field]!;
            c.Report(field, row, value, value.Length <= 40 ? value : value.Substring(0, 37) + "...");
        }
    }

    private static readonly SettlementField[][] NumberFields = SettlementLayout.Nodes
        .Select(n => SettlementLayout.Fields(n).Where(f => f.Kind is SettlementFieldKind.Decimal or SettlementFieldKind.Integer && f != S.Age && !Weights.Contains(f)).ToArray()).ToArray();

    /// <summary>The valid weights of a weight field (one for single fields, each value for comma lists).</summary>
    internal static IEnumerable<decimal> WeightsOf(SettlementRecord setl, SettlementField field)
    {
        if (setl.State(field) != SettlementValueState.Valid) yield break;
        if (field.Kind != SettlementFieldKind.NumberList)
        {
            if (setl.TryGetNumber(field, out var grams)) yield return grams;
            yield break;
        }

        foreach (var part in setl[field]!.Split(','))
        {
            if (SettlementValues.TryParseDecimal(part, out var grams)) yield return grams;
        }
    }

    private static void StaffCode(SettlementCheckContext c, SettlementRecord row, int index, SettlementField field, char prefix)
    {
        if (row[field] is { } code && char.ToUpperInvariant(code[0]) != prefix) c.Report(field, index, code, code);
    }

    private static void Lengths(SettlementCheckContext c, SettlementRecord row, int index)
    {
        foreach (var (position, maxLength, isDecimal, field) in LimitedFields[(int)row.Node])
        {
            if (row.ValueAt(position) is not { } text) continue;
            if (isDecimal)
            {
                // Interface decimals are (n,2): at most n − 2 integer digits and 2 decimals, read from the text as sent.
                if (row.StateAt(position) != SettlementValueState.Valid) continue;
                var dot = DotIn(text);
                var integerDigits = (dot < 0 ? text.Length : dot) - (text[0] is '-' or '+' ? 1 : 0);
                var scale = dot < 0 ? 0 : text.Length - dot - 1;
                if (integerDigits > maxLength - 2 || scale > 2) c.Report(field, index, text, SettlementLayout.Path(field, index) + " (" + maxLength + ",2)");
            }
            else if (text.Length > maxLength)
            {
                c.Report(field, index, text, SettlementLayout.Path(field, index) + " (" + text.Length + " > " + maxLength + ")");
            }
        }
    }

    /// <summary>The position of the first '.', or -1: a plain loop, cheaper than a vectorised search on amounts this short.</summary>
    private static int DotIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.') return i;
        }

        return -1;
    }

    private static void IdentityCard(SettlementCheckContext c)
    {
        if (c.Setl[S.PatnCertType] != "01" || c.Setl[S.Certno] is not { } id) return;
        if (id.Length != 18 || !id.Take(17).All(ch => ch >= '0' && ch <= '9') || !(char.IsDigit(id[17]) || id[17] is 'X' or 'x'))
        {
            c.Report(S.Certno, -1, id, "not 18 characters of the resident-ID form");
            return;
        }

        if (c.HasBirth && id.Substring(6, 8) != c.Birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
            c.Report(S.Certno, -1, id, "birth segment " + id.Substring(6, 8) + " ≠ BRDY " + c.Birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        var odd = (id[16] - '0') % 2 == 1;
        if ((c.IsMale && !odd) || (c.IsFemale && odd))
            c.Report(S.Certno, -1, id, "17th digit " + id[16] + " does not fit sex " + c.Sex);
    }
}
