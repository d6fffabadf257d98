using System.Globalization;

namespace MedPay.Rules.Payment;

/// <summary>
/// Pays grouped cases with a <see cref="PaymentParameters"/> pack: payment standard = rate × weight × grade coefficient × add-on
/// coefficients (domain-primer §2.2), high and low outlier classes by the pack's rules and their payments (§2.4, §2.3), cases outside DRG
/// payment and ungroupable cases (§2.4, §2.6), the fund's share and the hospital's balance. Immutable and thread-safe; <see cref="Pay"/>
/// and <see cref="PayBatch"/> allocate nothing; <see cref="Explain"/> records every step.
/// </summary>
public sealed class DrgPaymentEngine
{
    private readonly uint _knownAddOns;

    /// <summary>Creates an engine over a parameter pack.</summary>
    /// <param name="parameters">The parameters.</param>
    public DrgPaymentEngine(PaymentParameters parameters)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        foreach (var addOn in parameters.AddOns) _knownAddOns |= addOn.Bit;
    }

    /// <summary>The parameters.</summary>
    public PaymentParameters Parameters { get; }

    /// <summary>Pays one case.</summary>
    /// <param name="paymentCase">The case.</param>
    /// <returns>The payment.</returns>
    public CasePayment Pay(in PaymentCase paymentCase) => Compute(paymentCase, null);

    /// <summary>Pays cases into a buffer of the same length; allocates nothing.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="results">Where the payments go; at least as long as <paramref name="cases"/>.</param>
    public void PayBatch(ReadOnlySpan<PaymentCase> cases, Span<CasePayment> results)
    {
        if (results.Length < cases.Length) throw new ArgumentException("the result buffer is shorter than the cases / 结果缓冲区短于病例数", nameof(results));
        for (var i = 0; i < cases.Length; i++) results[i] = Compute(cases[i], null);
    }

    /// <summary>Pays one case and records every step in Chinese and English.</summary>
    /// <param name="paymentCase">The case.</param>
    /// <returns>The explanation, with the payment in <see cref="PaymentExplanation.Result"/>.</returns>
    public PaymentExplanation Explain(in PaymentCase paymentCase)
    {
        var builder = new PaymentExplanation.Builder();
        var result = Compute(paymentCase, builder);
        return builder.Build(paymentCase.Id, Parameters.Identity, result);
    }

    private static string Zh(InsuredFund fund) => fund switch
    {
        InsuredFund.Employee => "职工",
        InsuredFund.Resident => "居民",
        _ => "未指定",
    };

    private static string F(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private CasePayment Compute(in PaymentCase c, PaymentExplanation.Builder? x)
    {
        var p = Parameters;
        var cost = c.TotalCost;
        var grade = c.Grade ?? string.Empty;
        x?.Step("INPUT", $"DRG {c.DrgCode}，总费用 {F(cost)} 元，个人支付 {F(c.PersonalPayment)} 元，险种 {Zh(c.Fund)}，医院等级 {grade}，住院 {c.LengthOfStay} 天",
            $"DRG {c.DrgCode}, total cost {F(cost)} yuan, personal payment {F(c.PersonalPayment)} yuan, fund {c.Fund}, hospital grade {grade}, stay {c.LengthOfStay} days");

        // Invalid input: the issue (with its formatted value) is only built when explaining, so the batch path stays allocation-free.
        if (cost < 0 || c.PersonalPayment < 0 || c.PersonalPayment > cost)
        {
            x?.Problem(PaymentIssues.BadAmount.Create("total_cost", F(cost) + "/" + F(c.PersonalPayment)));
            return Invalid(PaymentIssues.BadAmount, x);
        }

        if (c.LengthOfStay < 0)
        {
            x?.Problem(PaymentIssues.BadLengthOfStay.Create("los_days", c.LengthOfStay.ToString(CultureInfo.InvariantCulture)));
            return Invalid(PaymentIssues.BadLengthOfStay, x);
        }

        if ((c.AddOns & ~_knownAddOns) != 0)
        {
            x?.Problem(PaymentIssues.UnknownAddOn.Create("addons", "0x" + c.AddOns.ToString("x", CultureInfo.InvariantCulture), null, "0x" + (c.AddOns & ~_knownAddOns).ToString("x", CultureInfo.InvariantCulture)));
            return Invalid(PaymentIssues.UnknownAddOn, x);
        }

        if (p.GradeCoefficient(grade) is not { } gradeCoefficient)
        {
            x?.Problem(PaymentIssues.UnknownGrade.Create("grade", grade, null, grade));
            return Invalid(PaymentIssues.UnknownGrade, x);
        }

        if (p.FindRate(c.Fund, grade) is not { } rate)
        {
            x?.Problem(PaymentIssues.NoRate.Create("fund", c.Fund.ToString(), null, c.Fund, grade));
            return Invalid(PaymentIssues.NoRate, x);
        }

        if (p.Policy.FeeForItemLosAbove is { } losLimit && c.LengthOfStay > losLimit)
        {
            x?.Step("EXCLUDED", $"住院 {c.LengthOfStay} 天 > {losLimit} 天，不纳入 DRG 付费，按项目付费", $"stay of {c.LengthOfStay} days > {losLimit} days: outside DRG payment, paid by item");
            return ByItem(c, PaymentStatus.Excluded, false, null, x);
        }

        var weightRow = c.HasDrg ? p.FindWeight(c.DrgCode) : null;
        if (weightRow is null)
        {
            var review = p.Policy.Ungroupable == UngroupablePayment.SpecialReview;
            IssueDefinition? problem = null;
            if (c.HasDrg)
            {
                problem = PaymentIssues.DrgWithoutWeight;
                x?.Problem(problem.Create("drg", c.DrgCode, null, c.DrgCode));
            }

            x?.Step("UNGROUPABLE", c.HasDrg ? $"DRG {c.DrgCode} 无权重，按未入组病例处理" : "病例未入组（0000）", c.HasDrg ? $"DRG {c.DrgCode} has no weight: treated as ungroupable" : "the case is ungroupable (0000)");
            x?.Step("UNGROUPABLE_PAYMENT", review ? "按项目付费并提交特例单议" : "按项目付费", review ? "paid by item and sent to special-case review" : "paid by item");
            return ByItem(c, c.HasDrg ? PaymentStatus.NoWeight : PaymentStatus.Ungroupable, review, problem, x);
        }

        var weight = weightRow.Weight;
        var coefficient = gradeCoefficient;
        x?.Step("WEIGHT", $"DRG {weightRow.Drg}（{weightRow.Name}）相对权重 {F(weight)}，平均费用 {F(weightRow.AverageCost)} 元", $"DRG {weightRow.Drg} relative weight {F(weight)}, average cost {F(weightRow.AverageCost)} yuan", weight);
        x?.Step("RATE", $"险种 {Zh(c.Fund)}、等级 {grade} 的费率 {F(rate)} 元", $"base rate for fund {c.Fund}, grade {grade}: {F(rate)} yuan", rate);
        x?.Step("GRADE_COEFFICIENT", $"医院等级系数 {F(gradeCoefficient)}", $"hospital-grade coefficient {F(gradeCoefficient)}", gradeCoefficient);
        if (c.AddOns != 0)
        {
            foreach (var addOn in p.AddOns)
            {
                if ((c.AddOns & addOn.Bit) == 0) continue;
                coefficient *= addOn.Coefficient;
                x?.Step("ADDON", $"加成 {addOn.Key} 系数 {F(addOn.Coefficient)}", $"add-on {addOn.Key} coefficient {F(addOn.Coefficient)}", addOn.Coefficient);
            }
        }

        var standard = Money.RoundToFen(rate * weight * coefficient);
        x?.Step("STANDARD", $"支付标准 = {F(rate)} × {F(weight)} × {F(coefficient)} = {F(rate * weight * coefficient)}，四舍五入到分 = {F(standard)} 元",
            $"payment standard = {F(rate)} × {F(weight)} × {F(coefficient)} = {F(rate * weight * coefficient)}, rounded to the fen = {F(standard)} yuan", standard);

        var outlier = CostOutlierClass.Normal;
        var paymentKind = OutlierPayment.Standard;
        var proRataBase = 0m;
        var rule = p.FindOutlierRule(grade, weight);
        if (rule is not null)
        {
            var highThreshold = rule.HighMultiple is { } hm ? hm * (rule.HighBase == OutlierBase.Standard ? standard : weightRow.AverageCost) : (decimal?)null;
            var lowBase = rule.LowBase == OutlierBase.Standard ? standard : weightRow.AverageCost;
            var lowThreshold = rule.LowMultiple is { } lm ? lm * lowBase : (decimal?)null;
            x?.Step("OUTLIER_RULE", $"outliers.csv 第 {rule.Line} 行（{rule}）：高倍率界值 {(highThreshold is { } ht ? F(ht) : "无")} 元，低倍率界值 {(lowThreshold is { } lt ? F(lt) : "无")} 元",
                $"outliers.csv line {rule.Line} ({rule}): high threshold {(highThreshold is { } ht2 ? F(ht2) : "none")} yuan, low threshold {(lowThreshold is { } lt2 ? F(lt2) : "none")} yuan");
            if (highThreshold is { } high && (rule.HighInclusive ? cost >= high : cost > high))
            {
                outlier = CostOutlierClass.High;
                paymentKind = rule.HighPayment;
                proRataBase = rule.HighBase == OutlierBase.Standard ? standard : weightRow.AverageCost;
            }
            else if (lowThreshold is { } low && (rule.LowInclusive ? cost <= low : cost < low))
            {
                outlier = CostOutlierClass.Low;
                paymentKind = rule.LowPayment;
                proRataBase = lowBase;
            }
        }

        x?.Step("OUTLIER_CLASS", outlier switch
        {
            CostOutlierClass.High => $"总费用 {F(cost)} 元超过高倍率界值：费用极高病例",
            CostOutlierClass.Low => $"总费用 {F(cost)} 元低于低倍率界值：费用极低病例",
            _ => $"总费用 {F(cost)} 元在界值之间：正常病例",
        }, outlier switch
        {
            CostOutlierClass.High => $"total cost {F(cost)} yuan is above the high threshold: high-cost outlier",
            CostOutlierClass.Low => $"total cost {F(cost)} yuan is below the low threshold: low-cost outlier",
            _ => $"total cost {F(cost)} yuan lies between the thresholds: normal case",
        });

        decimal payment;
        PaymentMethod method;
        var specialReview = false;
        switch (paymentKind)
        {
            case OutlierPayment.Standard:
                payment = standard;
                method = PaymentMethod.DrgStandard;
                x?.Step("PAYMENT", $"按支付标准支付 {F(payment)} 元", $"paid the standard: {F(payment)} yuan", payment);
                break;
            case OutlierPayment.ProRata:
                var share = proRataBase > 0 ? standard * cost / proRataBase : 0m;
                payment = Math.Min(standard, Money.RoundToFen(share));
                method = PaymentMethod.ProRata;
                x?.Step("PAYMENT", $"按比例支付 = min({F(standard)}, {F(standard)} × {F(cost)} ÷ {F(proRataBase)}) = {F(payment)} 元",
                    $"paid pro rata = min({F(standard)}, {F(standard)} × {F(cost)} ÷ {F(proRataBase)}) = {F(payment)} yuan", payment);
                break;
            default:
                payment = cost;
                method = PaymentMethod.FeeForItem;
                specialReview = paymentKind == OutlierPayment.SpecialReview;
                x?.Step("PAYMENT", specialReview ? $"按项目付费 {F(payment)} 元并提交特例单议" : $"按项目付费 {F(payment)} 元",
                    specialReview ? $"paid by item: {F(payment)} yuan, sent to special-case review" : $"paid by item: {F(payment)} yuan", payment);
                break;
        }

        return Finish(c, PaymentStatus.Paid, outlier, method, weight, rate, coefficient, standard, payment, specialReview, null, x);
    }

    private static CasePayment ByItem(in PaymentCase c, PaymentStatus status, bool specialReview, IssueDefinition? problem, PaymentExplanation.Builder? x) =>
        Finish(c, status, CostOutlierClass.Normal, PaymentMethod.FeeForItem, 0m, 0m, 0m, 0m, c.TotalCost, specialReview, problem, x);

    private static CasePayment Finish(in PaymentCase c, PaymentStatus status, CostOutlierClass outlier, PaymentMethod method, decimal weight, decimal rate, decimal coefficient,
        decimal standard, decimal payment, bool specialReview, IssueDefinition? problem, PaymentExplanation.Builder? x)
    {
        var fund = Math.Max(0m, Money.RoundToFen(payment - c.PersonalPayment));
        var balance = payment - c.TotalCost;
        x?.Step("FUND_SHARE", $"基金支付 = max(0, {F(payment)} − {F(c.PersonalPayment)}) = {F(fund)} 元", $"fund share = max(0, {F(payment)} − {F(c.PersonalPayment)}) = {F(fund)} yuan", fund);
        x?.Step("BALANCE", $"医院本病例结余 = {F(payment)} − {F(c.TotalCost)} = {F(balance)} 元", $"hospital balance on the case = {F(payment)} − {F(c.TotalCost)} = {F(balance)} yuan", balance);
        return new CasePayment(status, outlier, method, weight, rate, coefficient, standard, payment, fund, balance, specialReview, problem);
    }

    private static CasePayment Invalid(IssueDefinition problem, PaymentExplanation.Builder? x)
    {
        x?.Step("INVALID", "输入无效，不计算支付", "invalid input: no payment computed");
        return new CasePayment(PaymentStatus.InvalidInput, CostOutlierClass.Normal, PaymentMethod.None, 0m, 0m, 0m, 0m, 0m, 0m, 0m, false, problem);
    }
}
