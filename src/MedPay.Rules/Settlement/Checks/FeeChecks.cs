using S = MedPay.Rules.Settlement.SetlinfoFields;
using IT = MedPay.Rules.Settlement.IteminfoFields;
using P = MedPay.Rules.Settlement.PayinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Fee and payment rules FE-01 – FE-09. Money identities hold within the pack's tolerance (0.01 yuan).</summary>
internal static class FeeChecks
{
    /// <summary>The personal-account fund: it pays the patient's share, so FE-05 leaves it out of the fund side.</summary>
    private const string PersonalAccountFund = "310200";

    private static readonly SettlementField[] ItemAmounts = { IT.Amt, IT.ClaaSumfee, IT.ClabAmt, IT.FulamtOwnpayAmt, IT.OthAmt };
    private static readonly SettlementField[] PersonalAmounts = { S.PsnSelfpay, S.PsnOwnpay, S.AcctPay, S.PsnCashpay };

    public static void Register(IDictionary<string, SettlementCheck> map)
    {
        map["FE-01"] = c =>
        {
            var rows = c.List.FeeItems; // every row is an iteminfo row
            var position = IT.MedChrgitm.Index;
            for (var i = 1; i < rows.Length; i++)
            {
                if (rows[i].ValueAt(position) is not { } category) continue;
                for (var j = 0; j < i; j++)
                {
                    if (!string.Equals(rows[j].ValueAt(position), category, StringComparison.Ordinal)) continue;
                    c.Report(IT.MedChrgitm, i, category, category);
                    break;
                }
            }
        };
        map["FE-02"] = c =>
        {
            var rows = c.List.FeeItems; // every row is an iteminfo row and every ItemAmounts field a decimal
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                if (!row.TryGetNumberAt(IT.Amt.Index, out var amount)) continue;
                var sum = 0m;
                var complete = true;
                for (var k = 1; k < ItemAmounts.Length; k++)
                {
                    complete &= row.TryGetNumberAt(ItemAmounts[k].Index, out var part);
                    sum += part;
                }

                if (complete && Math.Abs(amount - sum) > c.Parameters.MoneyTolerance)
                    c.Report(IT.Amt, i, rows[i][IT.Amt], rows[i][IT.Amt] + " ≠ " + SettlementCheckContext.Text(sum));
            }
        };
        map["FE-03"] = c =>
        {
            var rows = c.List.FeeItems;
            for (var i = 0; i < rows.Length; i++)
            {
                if (!rows[i].HasNegativeAmount) continue;
                foreach (var field in ItemAmounts) Negative(c, rows[i], i, field);
            }

            var payments = c.List.Payments;
            for (var i = 0; i < payments.Length; i++)
            {
                if (payments[i].HasNegativeAmount) Negative(c, payments[i], i, P.FundPayamt);
            }

            if (!c.Setl.HasNegativeAmount) return;
            foreach (var field in PersonalAmounts) Negative(c, c.Setl, -1, field);
        };
        map["FE-04"] = c =>
        {
            if (!c.Setl.TryGetNumber(S.MedfeeSumamt, out var settled) || !ItemTotal(c, out var total)) return;
            if (Math.Abs(total - settled) > c.Parameters.MoneyTolerance)
                c.Report(S.MedfeeSumamt, -1, c.Setl[S.MedfeeSumamt], SettlementCheckContext.Text(total) + " ≠ " + c.Setl[S.MedfeeSumamt]);
        };
        map["FE-05"] = c =>
        {
            if (!ItemTotal(c, out var total) || !c.Setl.TryGetNumber(S.PsnSelfpay, out var coPay) || !c.Setl.TryGetNumber(S.PsnOwnpay, out var selfPay)) return;
            var funds = 0m;
            foreach (var row in c.List.Payments)
            {
                if (row[P.FundPayType] != PersonalAccountFund && row.TryGetNumber(P.FundPayamt, out var paid)) funds += paid;
            }

            var payer = funds + coPay + selfPay;
            if (Math.Abs(payer - total) > c.Parameters.MoneyTolerance)
                c.Report("payinfo", null, SettlementCheckContext.Text(funds) + " + " + c.Setl[S.PsnSelfpay] + " + " + c.Setl[S.PsnOwnpay] + " = " + SettlementCheckContext.Text(payer) + " ≠ " + SettlementCheckContext.Text(total));
        };
        map["FE-06"] = c =>
        {
            if (!c.Setl.TryGetNumber(S.PsnSelfpay, out var coPay) || !c.Setl.TryGetNumber(S.PsnOwnpay, out var selfPay)
                || !c.Setl.TryGetNumber(S.AcctPay, out var account) || !c.Setl.TryGetNumber(S.PsnCashpay, out var cash)) return;
            if (Math.Abs(coPay + selfPay - account - cash) > c.Parameters.MoneyTolerance)
                c.Report(S.PsnCashpay, -1, c.Setl[S.PsnCashpay], SettlementCheckContext.Text(coPay + selfPay) + " ≠ " + SettlementCheckContext.Text(account + cash));
        };
        map["FE-07"] = c =>
        {
            var rows = c.List.Payments;
            for (var i = 0; i < rows.Length; i++)
            {
                var type = rows[i][P.FundPayType];
                if (type is null) continue;
                for (var j = 0; j < i; j++)
                {
                    if (rows[j][P.FundPayType] != type) continue;
                    c.Report(P.FundPayType, i, type, type + " twice");
                    break;
                }

                if (type == PersonalAccountFund && rows[i].TryGetNumber(P.FundPayamt, out var paid) && c.Setl.TryGetNumber(S.AcctPay, out var account)
                    && Math.Abs(paid - account) > c.Parameters.MoneyTolerance)
                    c.Report(P.FundPayamt, i, rows[i][P.FundPayamt], PersonalAccountFund + " " + rows[i][P.FundPayamt] + " ≠ ACCT_PAY " + c.Setl[S.AcctPay]);
            }
        };
        map["FE-08"] = c =>
        {
            if (c.Setl.IsEmpty(S.BillCode)) c.Report(S.BillCode, -1, c.Setl[S.BillCode], "BILL_CODE");
            if (c.Setl.IsEmpty(S.BillNo)) c.Report(S.BillNo, -1, c.Setl[S.BillNo], "BILL_NO");
        };
        map["FE-09"] = c =>
        {
            if (c.Registry is null || c.Setl[S.SetlId] is not { } id) return;
            if (c.Registry.IsLive(id, c.Setl[S.MdtrtId]) == false) c.Report(S.SetlId, -1, id, id);
        };
    }

    private static bool ItemTotal(SettlementCheckContext c, out decimal total)
    {
        total = 0m;
        var rows = c.List.FeeItems;
        if (rows.IsEmpty) return false;
        foreach (var row in rows)
        {
            if (row.TryGetNumberAt(IT.Amt.Index, out var amount)) total += amount;
        }

        return true;
    }

    private static void Negative(SettlementCheckContext c, SettlementRecord row, int index, SettlementField field)
    {
        if (row.TryGetNumber(field, out var amount) && amount < 0) c.Report(field, index, row[field], SettlementLayout.Path(field, index) + "=" + row[field]);
    }
}
