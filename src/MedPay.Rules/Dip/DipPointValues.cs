using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Dip;

/// <summary>
/// Point values (点值) of a DIP region (domain-primer §3.8): the budget point value at the start of the year and the year-end
/// settlement point value (floating or fixed) with each hospital's annual DIP payment.
/// </summary>
public static class DipPointValues
{
    /// <summary>
    /// Budget point value = (Σ wᵢ × Tᵢ ÷ Σ wᵢ) ÷ expected total score, with Tᵢ the region's yearly inpatient total cost of the last years
    /// (oldest first) and wᵢ their weights (1 : 2 : 7 by default) (domain-primer §3.8, DIP spec summary). Not rounded.
    /// </summary>
    /// <param name="yearTotalCosts">The yearly inpatient total costs, oldest first.</param>
    /// <param name="expectedTotalScore">Σ(group score × expected case count) for the year.</param>
    /// <param name="weights">The weights, oldest first; <see langword="null"/> for 1 : 2 : 7.</param>
    /// <returns>The budget point value with its parts.</returns>
    public static DipBudgetPointValue Budget(IReadOnlyList<decimal> yearTotalCosts, decimal expectedTotalScore, IReadOnlyList<decimal>? weights = null)
    {
        if (yearTotalCosts is null) throw new ArgumentNullException(nameof(yearTotalCosts));
        try
        {
            return BudgetUnchecked(yearTotalCosts, expectedTotalScore, weights);
        }
        catch (OverflowException)
        {
            return new DipBudgetPointValue { ExpectedTotalScore = expectedTotalScore, Issues = ImmutableArray.Create(DipIssues.Overflow.Create()) };
        }
    }

    private static DipBudgetPointValue BudgetUnchecked(IReadOnlyList<decimal> yearTotalCosts, decimal expectedTotalScore, IReadOnlyList<decimal>? weights)
    {
        var w = weights ?? DipParameters.Default.HistoryWeights;
        var steps = ImmutableArray.CreateBuilder<LocalizedText>();
        if (w.Count != yearTotalCosts.Count || w.Sum() <= 0)
        {
            var issue = DipIssues.BadBudget.Create("weights", null, null, "-", new LocalizedText("权重个数须与年数相同且不全为 0", "weights must be as many as the years and not all zero"));
            return new DipBudgetPointValue { ExpectedTotalScore = expectedTotalScore, Issues = ImmutableArray.Create(issue) };
        }

        var mean = DipScoreMath.WeightedMean(yearTotalCosts, w)!.Value;
        steps.Add(new LocalizedText(
            "加权年均住院总费用 = (" + string.Join(" + ", yearTotalCosts.Select((t, i) => N(w[i]) + " × " + N(t))) + ") ÷ " + N(w.Sum()) + " = " + N(mean),
            "weighted yearly total cost = (" + string.Join(" + ", yearTotalCosts.Select((t, i) => N(w[i]) + " × " + N(t))) + ") ÷ " + N(w.Sum()) + " = " + N(mean)));
        if (expectedTotalScore <= 0)
        {
            var issue = DipIssues.ZeroTotalScore.Create("expected_total_score", N(expectedTotalScore), null, "budget");
            return new DipBudgetPointValue { WeightedMeanCost = mean, ExpectedTotalScore = expectedTotalScore, Steps = steps.ToImmutable(), Issues = ImmutableArray.Create(issue) };
        }

        var value = mean / expectedTotalScore;
        steps.Add(new LocalizedText("预算点值 = " + N(mean) + " ÷ " + N(expectedTotalScore) + " = " + N(value), "budget point value = " + N(mean) + " ÷ " + N(expectedTotalScore) + " = " + N(value)));
        return new DipBudgetPointValue { WeightedMeanCost = mean, ExpectedTotalScore = expectedTotalScore, PointValue = value, Steps = steps.ToImmutable() };
    }

    /// <summary>
    /// Year-end settlement. Per fund (pool): distributable budget D = RoundToFen(fund available ÷ reimbursement ratio); total score S = Σ case
    /// scores. Floating: point value = D ÷ S; each hospital h gets ⌊D × Sₕ ÷ S⌋ to the fen, and the remaining fen (fewer than the number of
    /// hospitals) go one each to the hospitals with the largest cut-off fractions (ties: hospital id, ordinal), so Σ payments = D exactly.
    /// With <see cref="DipYearEndInput.PointValueDecimals"/> set, or under the fixed method, each hospital gets RoundToFen(Sₕ × point value)
    /// and the difference to D is reported as the gap. Fund share = payment − personal payments, case by case and never negative: a case
    /// whose own payment exceeds its share of the hospital's payment (Pₕ × sₖ ÷ Sₕ) adds 0 (domain-primer §2.2), the excess is
    /// <see cref="DipHospitalSettlement.PersonalPaymentsAbovePayment"/>.
    /// </summary>
    /// <param name="input">The budgets and scored cases.</param>
    /// <returns>The report.</returns>
    public static DipYearEndReport YearEnd(DipYearEndInput input)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        try
        {
            return Settle(input);
        }
        catch (OverflowException)
        {
            // Only absurd inputs (sums beyond 7.9 × 10^28) get here.
            return new DipYearEndReport { Pack = input.Pack, Method = input.Method, Issues = ImmutableArray.Create(DipIssues.Overflow.Create()) };
        }
    }

    private static DipYearEndReport Settle(DipYearEndInput input)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var steps = ImmutableArray.CreateBuilder<LocalizedText>();
        var budgets = new DipFundBudget?[3];
        foreach (var budget in input.Budgets)
        {
            if (budget is null) continue;
            var index = (int)budget.Fund;
            if (index < 0 || index > 2) continue;
            budgets[index] = budget;
        }

        // Aggregate: one accumulator per (hospital, pool).
        var hospitals = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var count = new List<long>();
        var score = new List<decimal>();
        var personal = new List<decimal>();
        // For the fund share (see below): the scores and own payments of cases with no score, whose payment is 0.
        var zeroScore = new List<decimal>();
        var zeroScorePersonal = new List<decimal>();
        var missing = new bool[3];
        string? lastId = null;
        var lastIndex = -1;
        var cases = input.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var fund = (int)c.Fund;
            var pool = fund >= 0 && fund <= 2 && budgets[fund] is not null ? fund : budgets[0] is not null ? 0 : -1;
            if (pool < 0)
            {
                if (fund >= 0 && fund <= 2) missing[fund] = true;
                continue;
            }

            var id = c.HospitalId ?? string.Empty;
            int hospital;
            if (ReferenceEquals(id, lastId) || (lastId is not null && string.Equals(id, lastId, StringComparison.Ordinal)))
            {
                hospital = lastIndex;
            }
            else
            {
                if (!hospitals.TryGetValue(id, out hospital))
                {
                    hospital = names.Count;
                    hospitals.Add(id, hospital);
                    names.Add(id);
                    for (var k = 0; k < 3; k++)
                    {
                        count.Add(0);
                        score.Add(0m);
                        personal.Add(0m);
                        zeroScore.Add(0m);
                        zeroScorePersonal.Add(0m);
                    }
                }

                lastId = id;
                lastIndex = hospital;
            }

            var slot = (hospital * 3) + pool;
            count[slot]++;
            score[slot] += c.Score;
            personal[slot] += c.PersonalPayment;
            if (c.Score <= 0m)
            {
                zeroScore[slot] += c.Score;
                zeroScorePersonal[slot] += c.PersonalPayment;
            }
        }

        for (var f = 0; f < 3; f++)
        {
            if (missing[f]) issues.Add(DipIssues.NoBudget.Create("fund", ((DipFund)f).ToString(), null, ((DipFund)f).ToString()));
        }

        var order = Enumerable.Range(0, names.Count).OrderBy(h => names[h], StringComparer.Ordinal).ToArray();
        var paid = new decimal[score.Count];
        var pooled = new int[]?[3];
        var pooledPayments = new decimal[]?[3];
        var funds = ImmutableArray.CreateBuilder<DipFundSettlement>();
        var rows = ImmutableArray.CreateBuilder<DipHospitalSettlement>();
        for (var pool = 0; pool < 3; pool++)
        {
            var budget = budgets[pool];
            if (budget is null) continue;
            var fundName = ((DipFund)pool).ToString();
            var ratio = budget.ReimbursementRatio ?? 1m;
            if (ratio <= 0 || budget.FundAvailable < 0)
            {
                issues.Add(DipIssues.BadBudget.Create("budget", fundName, null, fundName, new LocalizedText("基金额须 ≥ 0，报销比例须 > 0", "fund available must be ≥ 0 and the ratio > 0")));
                continue;
            }

            var members = order.Where(h => count[(h * 3) + pool] > 0).ToArray();
            var totalScore = 0m;
            long totalCases = 0;
            foreach (var h in members)
            {
                totalScore += score[(h * 3) + pool];
                totalCases += count[(h * 3) + pool];
            }

            var distributable = Fen(budget.FundAvailable / ratio);
            steps.Add(new LocalizedText($"[{fundName}] 可分配预算 = {N(budget.FundAvailable)} ÷ {N(ratio)} = {N(distributable)} 元；总分值 = {N(totalScore)}（{totalCases} 例）",
                $"[{fundName}] distributable budget = {N(budget.FundAvailable)} ÷ {N(ratio)} = {N(distributable)} yuan; total score = {N(totalScore)} ({totalCases} cases)"));

            decimal pointValue;
            if (input.Method == DipPointValueMethod.Fixed)
            {
                if (budget.BudgetPointValue is not { } fixedValue || fixedValue < 0)
                {
                    issues.Add(DipIssues.BadBudget.Create("budget_point_value", fundName, null, fundName, new LocalizedText("固定点值法需要预算点值", "the fixed method needs a budget point value")));
                    continue;
                }

                pointValue = fixedValue;
                steps.Add(new LocalizedText($"[{fundName}] 固定点值 = 预算点值 {N(pointValue)}", $"[{fundName}] fixed point value = budget point value {N(pointValue)}"));
            }
            else
            {
                if (totalScore <= 0)
                {
                    issues.Add(DipIssues.ZeroTotalScore.Create("fund", fundName, null, fundName));
                    continue;
                }

                pointValue = distributable / totalScore;
                if (input.PointValueDecimals is { } d) pointValue = Math.Round(pointValue, Math.Max(0, Math.Min(28, d)), MidpointRounding.AwayFromZero);
                steps.Add(new LocalizedText($"[{fundName}] 浮动点值 = {N(distributable)} ÷ {N(totalScore)} = {N(pointValue)}", $"[{fundName}] floating point value = {N(distributable)} ÷ {N(totalScore)} = {N(pointValue)}"));
            }

            var payments = new decimal[members.Length];
            var remainderFen = 0;
            if (input.Method == DipPointValueMethod.Floating && input.PointValueDecimals is null)
            {
                remainderFen = Apportion(distributable, totalScore, members.Select(h => score[(h * 3) + pool]).ToArray(), members.Select(h => names[h]).ToArray(), payments);
                steps.Add(new LocalizedText($"[{fundName}] 各医疗机构按分值占比分配到分，余下 {remainderFen} 分按最大余数法逐分分配，合计等于可分配预算",
                    $"[{fundName}] each hospital gets its score share to the fen; the {remainderFen} remaining fen go by largest remainder, so payments add up to the budget"));
            }
            else
            {
                for (var m = 0; m < members.Length; m++) payments[m] = Fen(score[(members[m] * 3) + pool] * pointValue);
            }

            for (var m = 0; m < payments.Length; m++) payments[m] = Fen(payments[m]);
            var totalPayment = Fen(payments.Sum());
            for (var m = 0; m < members.Length; m++) paid[(members[m] * 3) + pool] = payments[m];
            pooled[pool] = members;
            pooledPayments[pool] = payments;
            var gap = Fen(distributable - totalPayment);
            if (gap != 0) steps.Add(new LocalizedText($"[{fundName}] 预算与支付差额 = {N(distributable)} − {N(totalPayment)} = {N(gap)} 元（按当地结余/超支分担规则处理）",
                $"[{fundName}] budget minus payments = {N(distributable)} − {N(totalPayment)} = {N(gap)} yuan (settled by local sharing rules)"));
            funds.Add(new DipFundSettlement
            {
                Fund = (DipFund)pool, CaseCount = totalCases, TotalScore = totalScore, FundAvailable = budget.FundAvailable, ReimbursementRatio = ratio,
                DistributableBudget = distributable, PointValue = pointValue, TotalPayment = totalPayment, Gap = gap, RemainderFen = remainderFen,
            });
        }

        // The fund's share, case by case and never negative (domain-primer §2.2: "a negative result counts as 0"): a case's payment is its
        // score's share of its hospital's payment, pₖ = Pₕ × sₖ ÷ Sₕ; the cases whose own payment exceeds pₖ ("above" cases) add 0, not a
        // negative amount. Fund share = Pₕ × (Sₕ − Σ above sₖ) ÷ Sₕ − Σ own payments of the other cases, to the fen.
        var aboveScore = zeroScore.ToArray();
        var abovePersonal = zeroScorePersonal.ToArray();
        if (personal.Any(p => p > 0m)) AddCasesAbovePayment(cases, budgets, pooled, hospitals, score, paid, aboveScore, abovePersonal);

        for (var pool = 0; pool < 3; pool++)
        {
            if (pooled[pool] is not { } members) continue;
            var above = 0m;
            var aboveHospitals = 0;
            for (var m = 0; m < members.Length; m++)
            {
                var slot = (members[m] * 3) + pool;
                var payment = pooledPayments[pool]![m];
                var personalPayments = Fen(personal[slot]);
                var fundShare = score[slot] <= 0m ? 0m : Math.Max(0m, Math.Min(payment, payment * ((score[slot] - aboveScore[slot]) / score[slot]) - (personal[slot] - abovePersonal[slot])));
                fundShare = Fen(fundShare);
                var row = new DipHospitalSettlement
                {
                    HospitalId = names[members[m]], Fund = (DipFund)pool, CaseCount = count[slot], TotalScore = score[slot], Payment = payment,
                    PersonalPayments = personalPayments, FundShare = fundShare, PersonalPaymentsAbovePayment = Fen(fundShare - payment + personalPayments),
                };
                rows.Add(row);
                above += row.PersonalPaymentsAbovePayment;
                if (row.PersonalPaymentsAbovePayment > 0) aboveHospitals++;
            }

            var name = ((DipFund)pool).ToString();
            if (above > 0) steps.Add(new LocalizedText(
                $"[{name}] 基金支付逐例计算且不为负：{aboveHospitals} 家医疗机构的个人负担超出病例支付（含未入组病例）共 {N(above)} 元，不冲减基金支付",
                $"[{name}] fund shares are case by case and never negative: own payments above the cases' payments (not-grouped cases included) at {aboveHospitals} hospital(s), {N(above)} yuan in all, do not reduce the fund's share"));
        }

        return new DipYearEndReport { Pack = input.Pack, Method = input.Method, Funds = funds.ToImmutable(), Hospitals = rows.ToImmutable(), Steps = steps.ToImmutable(), Issues = issues.ToImmutable() };
    }

    /// <summary>
    /// Second pass for the fund share: adds to <paramref name="aboveScore"/> / <paramref name="abovePersonal"/> the scored cases whose own
    /// payment exceeds their share of the hospital's payment, own &gt; Pₕ × sₖ ÷ Sₕ, compared exactly as own × Sₕ &gt; sₖ × Pₕ. A double
    /// estimate of Pₕ ÷ Sₕ, lowered far beyond its rounding error, first rules out the cases that are clearly below (nearly all of them).
    /// </summary>
    private static void AddCasesAbovePayment(IReadOnlyList<DipScoredCase> cases, DipFundBudget?[] budgets, int[]?[] pooled, Dictionary<string, int> hospitals,
        List<decimal> score, decimal[] paid, decimal[] aboveScore, decimal[] abovePersonal)
    {
        var perPoint = new double[paid.Length];
        for (var slot = 0; slot < paid.Length; slot++) perPoint[slot] = score[slot] > 0m ? (double)paid[slot] / (double)score[slot] * (1 - 1e-9) : double.PositiveInfinity;
        string? lastId = null;
        var lastIndex = -1;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (c.Score <= 0m) continue; // counted in the first pass
            var fund = (int)c.Fund;
            var pool = fund >= 0 && fund <= 2 && budgets[fund] is not null ? fund : budgets[0] is not null ? 0 : -1;
            if (pool < 0 || pooled[pool] is null) continue;
            var id = c.HospitalId ?? string.Empty;
            if (!(ReferenceEquals(id, lastId) || (lastId is not null && string.Equals(id, lastId, StringComparison.Ordinal))))
            {
                lastIndex = hospitals[id];
                lastId = id;
            }

            var slot = (lastIndex * 3) + pool;
            var own = c.PersonalPayment;
            if ((double)own < (double)c.Score * perPoint[slot] || own * score[slot] <= c.Score * paid[slot]) continue;
            aboveScore[slot] += c.Score;
            abovePersonal[slot] += own;
        }
    }

    /// <summary>Largest-remainder apportionment of <paramref name="budget"/> (whole fen) by score shares; returns the number of remainder fen handed out.</summary>
    internal static int Apportion(decimal budget, decimal totalScore, decimal[] scores, string[] ids, decimal[] payments)
    {
        var fractions = new decimal[scores.Length];
        var floorSum = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            decimal exactFen;
            try
            {
                exactFen = budget * 100m * scores[i] / totalScore;
            }
            catch (OverflowException)
            {
                exactFen = budget * 100m * (scores[i] / totalScore);
            }

            var fen = Math.Floor(exactFen);
            payments[i] = fen / 100m;
            fractions[i] = exactFen - fen;
            floorSum += payments[i];
        }

        var remainder = (int)Math.Min(scores.Length, Math.Max(0m, Math.Round((budget - floorSum) * 100m)));
        var ranking = Enumerable.Range(0, scores.Length).OrderByDescending(i => fractions[i]).ThenBy(i => ids[i], StringComparer.Ordinal).ToArray();
        for (var k = 0; k < remainder; k++) payments[ranking[k]] += 0.01m;
        return remainder;
    }

    /// <summary>Rounds to the fen and writes two decimal places (41528.6 → 41528.60) so that reports show money alike.</summary>
    internal static decimal Fen(decimal yuan) => Money.RoundToFen(yuan) + 0.00m;

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
