using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Dip;

/// <summary>A case result with its grouping trace, the computation step by step (zh + en) and the input issues found.</summary>
public sealed class DipCaseExplanation
{
    private DipCaseExplanation(DipCaseResult result, ImmutableArray<DipTraceEntry> trace, ImmutableArray<LocalizedText> steps, ImmutableArray<Issue> issues)
    {
        Result = result;
        Trace = trace;
        Steps = steps;
        Issues = issues;
    }

    /// <summary>The result.</summary>
    public DipCaseResult Result { get; }

    /// <summary>The grouping trace: every group tried and why it matched or not.</summary>
    public ImmutableArray<DipTraceEntry> Trace { get; }

    /// <summary>The computation, one statement per step, in Chinese and English.</summary>
    public ImmutableArray<LocalizedText> Steps { get; }

    /// <summary>Problems of the case input (invalid main diagnosis, unknown procedures or grade, negative cost, no group).</summary>
    public ImmutableArray<Issue> Issues { get; }

    internal static DipCaseExplanation Create(DipCatalogue catalogue, DipCase @case, DipCaseResult result, DipTrace trace)
    {
        var steps = ImmutableArray.CreateBuilder<LocalizedText>();
        var issues = ImmutableArray.CreateBuilder<Issue>();
        void Step(string zh, string en) => steps.Add(new LocalizedText(zh, en));
        static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        Step("目录：" + result.Pack, "catalogue: " + result.Pack);
        var main = @case.Diagnoses.Count > 0 ? DipCatalogue.ResolveInputCode(@case.Diagnoses[0]) : string.Empty;
        for (var i = 0; i < @case.Procedures.Count; i++)
        {
            var code = DipCatalogue.ResolveInputCode(@case.Procedures[i]);
            if (code.Length > 0 && !catalogue.ProcedureTypes.ContainsKey(code)) issues.Add(DipIssues.UnknownProcedure.Create("procedures[" + i.ToString(CultureInfo.InvariantCulture) + "]", code, null, code));
        }

        if (@case.TotalCost is < 0) issues.Add(DipIssues.NegativeCost.Create("total_cost", N(@case.TotalCost.Value), null, N(@case.TotalCost.Value)));
        if (@case.HospitalGrade is { Length: > 0 } grade && !catalogue.HasGrade(grade)) issues.Add(DipIssues.UnknownGrade.Create("hospital_grade", grade, null, grade));

        switch (result.Status)
        {
            case DipStatus.InvalidMainDiagnosis:
                issues.Add(DipIssues.InvalidMainDiagnosis.Create("diagnoses[0]", main, null, main));
                Step("主要诊断缺失或无效，不予分组", "the main diagnosis is missing or invalid; the case is not grouped");
                break;
            case DipStatus.UnknownProcedure:
                Step("有手术操作不在字典中，按规则包策略不予分组", "a procedure is not in the dictionary; the pack's policy rejects the case");
                break;
            case DipStatus.NoGroup:
                issues.Add(DipIssues.NoGroup.Create("diagnoses[0]", main, null, main, new LocalizedText(DipEngine.TreatmentZh(result.Treatment), result.Treatment.ToString().ToLowerInvariant())));
                Step("主要诊断 " + main + "，治疗方式 " + DipEngine.TreatmentZh(result.Treatment) + "：没有病种组合接收", "main diagnosis " + main + ", treatment " + result.Treatment.ToString().ToLowerInvariant() + ": no group takes the case");
                break;
        }

        if (result.Status == DipStatus.Grouped)
        {
            var g = result.Group!;
            var s = result.ScoreDetail;
            var p = catalogue.Parameters;
            Step($"主要诊断 {main}，治疗方式 {DipEngine.TreatmentZh(result.Treatment)} → 病种 {g.Code} {g.Name}（{KindZh(g.Kind)}），病种分值 {N(g.Score)}",
                $"main diagnosis {main}, treatment {result.Treatment.ToString().ToLowerInvariant()} → group {g.Code} ({g.Kind.ToString().ToLowerInvariant()}), group score {N(g.Score)}");
            if (result.Auxiliary is { } a) Step($"辅助目录 {a.Subtype}（{a.Name}）系数 {N(a.Coefficient)}：基准分值 = {N(g.Score)} × {N(a.Coefficient)} = {N(s.BaseScore)}",
                $"auxiliary subtype {a.Subtype} coefficient {N(a.Coefficient)}: base score = {N(g.Score)} × {N(a.Coefficient)} = {N(s.BaseScore)}");
            else Step($"无辅助目录调整：基准分值 = {N(s.BaseScore)}", $"no auxiliary adjustment: base score = {N(s.BaseScore)}");
            Step(g.Kind == DipGroupKind.Basic ? $"基层病种系数 {N(s.Coefficient)}（不用等级系数）" : $"医疗机构等级系数 {N(s.Coefficient)}（等级 {@case.HospitalGrade ?? "-"}）",
                g.Kind == DipGroupKind.Basic ? $"basic-group coefficient {N(s.Coefficient)} (no grade coefficient)" : $"hospital-grade coefficient {N(s.Coefficient)} (grade {@case.HospitalGrade ?? "-"})");
            if (s.Deviation != DipDeviation.NotAssessed && result.Auxiliary is { } sub)
            {
                var groupReference = catalogue.ReferenceCost(g, @case.HospitalGrade);
                if (p.DeviationReference == DipDeviationReference.Group)
                {
                    Step($"参考均值 = 病种参考均值 {N(s.ReferenceCost!.Value)}（参数 deviation_reference = group：不按亚目 {sub.Subtype}）",
                        $"reference cost = the group's reference {N(s.ReferenceCost!.Value)} (parameter deviation_reference = group: not the subtype {sub.Subtype}'s)");
                }
                else if (sub.AverageCost is { } own)
                {
                    Step($"参考均值 = 亚目 {sub.Subtype} 自身的均值 {N(own)}（辅助目录 avg_cost）", $"reference cost = subtype {sub.Subtype}'s own mean {N(own)} (auxiliary avg_cost)");
                }
                else if (groupReference is { } gr)
                {
                    Step($"参考均值 = 病种参考均值 {N(gr)} × 亚目系数 {N(sub.Coefficient)} = {N(s.ReferenceCost!.Value)}",
                        $"reference cost = group reference {N(gr)} × subtype coefficient {N(sub.Coefficient)} = {N(s.ReferenceCost!.Value)}");
                }
            }

            var after = p.CoefficientAfterDeviation ? " × " + N(s.Coefficient) : string.Empty;
            var lowOp = p.LowInclusive ? "≤" : "<";
            var highOp = p.HighInclusive ? "≥" : ">";
            var k = p.HighFormula == DipHighFormula.PlusOne ? "1" : N(s.Coefficient);
            switch (s.Deviation)
            {
                case DipDeviation.NotAssessed:
                    Step($"未判断费用偏差（缺少费用或参考均值）：病例分值 = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}",
                        $"deviation not assessed (cost or reference mean missing): case score = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}");
                    break;
                case DipDeviation.Normal:
                    Step($"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)}，正常病例：病例分值 = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}",
                        $"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)}, normal case: case score = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}");
                    break;
                case DipDeviation.Low:
                    Step($"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)} {lowOp} {N(p.LowThreshold)}，低倍率病例：病例分值 = {N(s.BaseScore)} × r{after} = {N(s.Score)}",
                        $"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)} {lowOp} {N(p.LowThreshold)}, low deviation: case score = {N(s.BaseScore)} × r{after} = {N(s.Score)}");
                    break;
                default:
                    var extremeByCoefficient = s.Deviation == DipDeviation.Extreme && p.ExtremeFormula == DipExtremeFormula.Coefficient;
                    Step(extremeByCoefficient
                            ? $"r = {Ratio(s)} > {N(p.ExtremeThreshold ?? 0)}，极高倍率：病例分值 = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}"
                            : $"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)} {highOp} {N(p.HighThreshold)}，高倍率病例：病例分值 = {N(s.BaseScore)} × [(r − {N(p.HighThreshold)}) + {k}]{after} = {N(s.Score)}",
                        extremeByCoefficient
                            ? $"r = {Ratio(s)} > {N(p.ExtremeThreshold ?? 0)}, extreme: case score = {N(s.BaseScore)} × {N(s.Coefficient)} = {N(s.Score)}"
                            : $"r = {N(@case.TotalCost!.Value)} ÷ {N(s.ReferenceCost!.Value)} = {Ratio(s)} {highOp} {N(p.HighThreshold)}, high deviation: case score = {N(s.BaseScore)} × [(r − {N(p.HighThreshold)}) + {k}]{after} = {N(s.Score)}");
                    if (s.SpecialReview) Step("超过极端阈值，列入特例单议/专家评审", "above the extreme threshold: listed for special / expert review");
                    break;
            }

            if (result.Payment is { } pay)
            {
                Step($"支付 = {N(s.Score)} × 点值 {N(result.PointValue!.Value)} = {N(pay)} 元（四舍五入到分）", $"payment = {N(s.Score)} × point value {N(result.PointValue!.Value)} = {N(pay)} yuan (rounded to the fen)");
                if (result.FundShare is { } share) Step($"基金支付 = max(0, {N(pay)} − 个人负担 {N(@case.PersonalPayment!.Value)}) = {N(share)} 元", $"fund share = max(0, {N(pay)} − personal payment {N(@case.PersonalPayment!.Value)}) = {N(share)} yuan");
            }
        }

        return new DipCaseExplanation(result, trace.Entries.ToImmutableArray(), steps.ToImmutable(), issues.ToImmutable());
    }

    private static string Ratio(DipScore s) => s.CostRatio is { } r ? Math.Round(r, 6, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "-";

    private static string KindZh(DipGroupKind kind) => kind switch
    {
        DipGroupKind.Core => "核心病种",
        DipGroupKind.Basic => "基层病种",
        _ => "综合病种",
    };
}
