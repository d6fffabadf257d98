using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Dip;

/// <summary>
/// The DIP grouper and scorer (按病种分值付费分组与计分): main diagnosis + procedures → group by the matching order of the catalogue
/// (core groups with the best procedure match, basic-level groups, comprehensive groups by diagnosis prefix then by chapter range, each
/// filtered by the case's treatment type; then one group by the fixed choice order), auxiliary catalogue, case score with the deviation
/// rules, and payment at a point value. One engine per catalogue; thread-safe; with no trace, evaluating a case allocates nothing.
/// </summary>
public sealed class DipEngine
{
    [ThreadStatic] private static int[]? _procedureIds;

    /// <summary>Creates an engine over a catalogue.</summary>
    /// <param name="catalogue">The catalogue.</param>
    public DipEngine(DipCatalogue catalogue)
    {
        Catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
    }

    /// <summary>The catalogue.</summary>
    public DipCatalogue Catalogue { get; }

    /// <summary>Groups, scores and (with <paramref name="prices"/>) prices one case. Never throws on bad case data: it yields a status.</summary>
    /// <param name="case">The case.</param>
    /// <param name="prices">The point values, or <see langword="null"/> to leave the payment out.</param>
    /// <param name="trace">A trace to record into, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public DipCaseResult Evaluate(DipCase @case, DipPointPrices? prices = null, DipTrace? trace = null)
    {
        if (@case is null) throw new ArgumentNullException(nameof(@case));
        var c = Catalogue;
        var p = c.Parameters;
        var diagnoses = @case.Diagnoses;
        var main = diagnoses.Count > 0 ? DipCatalogue.ResolveInputCode(diagnoses[0]) : string.Empty;
        if (!IsDiagnosisCode(main))
        {
            trace?.Add("input", main, false, "主要诊断缺失或不是诊断编码", "main diagnosis missing or not a diagnosis code");
            return NotGrouped(DipStatus.InvalidMainDiagnosis, DipTreatment.Conservative);
        }

        // Procedures: ids for combination matching, treatment type, code-list mask.
        var procedures = @case.Procedures;
        var ids = _procedureIds ??= new int[16];
        if (ids.Length < procedures.Count) ids = _procedureIds = new int[Math.Max(procedures.Count, ids.Length * 2)];
        var procedureCount = 0;
        var treatment = DipTreatment.Conservative;
        ulong procedureMask = 0;
        for (var i = 0; i < procedures.Count; i++)
        {
            var code = DipCatalogue.ResolveInputCode(procedures[i]);
            if (code.Length == 0) continue;
            var id = c.Codes.Find(code);
            var type = id >= 0 ? c.ProcedureType[id] : DipCatalogue.ProcedureUnknown;
            if (type == DipCatalogue.ProcedureUnknown)
            {
                if (p.UnknownProcedure == DipUnknownProcedurePolicy.Reject)
                {
                    trace?.Add("input", code, false, "手术操作不在字典中，按规则包策略不予分组", "procedure not in the dictionary; the pack's policy rejects the case");
                    return NotGrouped(DipStatus.UnknownProcedure, DipTreatment.Conservative);
                }

                trace?.Add("input", code, false, "手术操作不在字典中，视为未做手术操作", "procedure not in the dictionary; counted as no procedure");
            }
            else if (type > (sbyte)treatment)
            {
                treatment = (DipTreatment)type;
            }

            if (id >= 0) ids[procedureCount++] = id;
            if (c.HasCodeLists) procedureMask |= ListMaskOf(code);
        }

        trace?.Add("input", main, true, "病例治疗方式：" + TreatmentZh(treatment), "case treatment type: " + treatment.ToString().ToLowerInvariant());

        var cost = @case.TotalCost is { } tc && tc >= 0 ? tc : (decimal?)null;
        var grade = c.GradeIndex(@case.HospitalGrade);
        var best = new Candidate(-1, int.MaxValue, 0, 0);

        // 1–2. Core and basic groups of the main-diagnosis key.
        var keyId = c.Codes.Find(main, Math.Min(p.DiagnosisKeyLength, main.Length));
        if (keyId >= 0)
        {
            TryKeyed(c.CoreByKey[keyId], "core", ids, procedureCount, treatment, cost, grade, ref best, trace);
            TryKeyed(c.BasicByKey[keyId], "basic", ids, procedureCount, treatment, cost, grade, ref best, trace);
        }
        else
        {
            trace?.Add("core", main, false, "目录中没有该主要诊断的核心/基层病种", "no core or basic group has this main-diagnosis key");
        }

        // 3. Comprehensive groups: by diagnosis prefix (longest first), then by chapter range, filtered by treatment type.
        var foundComprehensive = false;
        foreach (var length in p.ComprehensivePrefixLengths)
        {
            if (length > main.Length) continue;
            var prefixId = c.Codes.Find(main, length);
            if (prefixId < 0) continue;
            foundComprehensive = TryComprehensive(c.ComprehensiveByPrefix[prefixId], "comprehensive-prefix", treatment, cost, grade, ref best, trace);
            if (foundComprehensive) break;
        }

        if (!foundComprehensive)
        {
            for (var i = 0; i < c.RangeGroups.Length; i++)
            {
                if (InRange(main, c.RangeStart[i], c.RangeEnd[i])) TryComprehensive(c.RangeGroups[i], "comprehensive-range", treatment, cost, grade, ref best, trace);
            }
        }

        if (best.Group < 0)
        {
            trace?.Add("choice", string.Empty, false, "没有病种组合接收该病例", "no group takes the case");
            return NotGrouped(DipStatus.NoGroup, treatment);
        }

        var group = c.Groups[best.Group];
        trace?.Add("choice", group.Code, true, "入组：" + group.Name, "grouped: " + group.Name);

        // 4. Auxiliary catalogue: the matching entry with the highest coefficient.
        var auxiliary = ChooseAuxiliary(@case, group.Index, procedureMask, trace);

        // 5. Score and payment.
        var score = DipScoring.Compute(group.Score, auxiliary?.Coefficient ?? 1m, c.Coefficient(group.Index, grade), cost, c.ReferenceCost(group.Index, grade, auxiliary), p);
        decimal? pointValue = null;
        decimal? payment = null;
        decimal? fundShare = null;
        if (prices is not null)
        {
            pointValue = prices.For(@case.Fund);
            try
            {
                payment = DipPointValues.Fen(group.Score == 0m && cost is not null ? cost.Value : score.Score * pointValue.Value);
                // The fund's share is never negative (domain-primer §2.2: "a negative result counts as 0").
                if (@case.PersonalPayment is { } personal) fundShare = DipPointValues.Fen(Math.Max(0m, payment.Value - personal));
            }
            catch (OverflowException)
            {
                payment = null;
                fundShare = null;
            }
        }

        return new DipCaseResult(c.Identity, DipStatus.Grouped, treatment, group, auxiliary, score, pointValue, payment, fundShare);
    }

    /// <summary>Evaluates many cases into a caller-provided buffer (the batch API: no per-case allocation with no trace).</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="results">Where to write the results; at least as long as <paramref name="cases"/>.</param>
    /// <param name="prices">The point values, or <see langword="null"/>.</param>
    public void EvaluateBatch(IReadOnlyList<DipCase> cases, Span<DipCaseResult> results, DipPointPrices? prices = null)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        if (results.Length < cases.Count) throw new ArgumentException("the result buffer is shorter than the case list / 结果缓冲区短于病例数", nameof(results));
        for (var i = 0; i < cases.Count; i++) results[i] = Evaluate(cases[i], prices);
    }

    /// <summary>Evaluates many cases into a new array (convenient from PowerShell and .NET Framework callers).</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="prices">The point values, or <see langword="null"/>.</param>
    /// <returns>One result per case, in order.</returns>
    public DipCaseResult[] EvaluateAll(IReadOnlyList<DipCase> cases, DipPointPrices? prices = null)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        var results = new DipCaseResult[cases.Count];
        EvaluateBatch(cases, results, prices);
        return results;
    }

    /// <summary>Evaluates a case with a trace and explains the computation step by step in Chinese and English.</summary>
    /// <param name="case">The case.</param>
    /// <param name="prices">The point values, or <see langword="null"/>.</param>
    /// <returns>The explanation.</returns>
    public DipCaseExplanation Explain(DipCase @case, DipPointPrices? prices = null)
    {
        if (@case is null) throw new ArgumentNullException(nameof(@case));
        var trace = new DipTrace();
        var result = Evaluate(@case, prices, trace);
        return DipCaseExplanation.Create(Catalogue, @case, result, trace);
    }

    internal static bool IsDiagnosisCode(string code) =>
        code.Length >= 3 && IsLetter(code[0]) && char.IsDigit(code[1]) && (char.IsDigit(code[2]) || IsLetter(code[2]));

    private static bool IsLetter(char ch) => (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');

    private static bool InRange(string code, string start, string end)
    {
        // Compare the 3-character category of the code with the bounds, ignoring ASCII case.
        return CompareCategory(code, start) >= 0 && CompareCategory(code, end) <= 0;
    }

    private static int CompareCategory(string code, string bound)
    {
        for (var i = 0; i < 3; i++)
        {
            var diff = CodeIndex.Upper(code[i]) - bound[i];
            if (diff != 0) return diff;
        }

        return 0;
    }

    private ulong ListMaskOf(string code)
    {
        ulong mask = 0;
        var c = Catalogue;
        for (var length = 1; length <= code.Length; length++)
        {
            var id = c.Codes.Find(code, length);
            if (id >= 0) mask |= c.ListMask[id];
        }

        return mask;
    }

    private DipCaseResult NotGrouped(DipStatus status, DipTreatment treatment) =>
        new(Catalogue.Identity, status, treatment, null, null, default, null, null, null);

    private void TryKeyed(int[]? groups, string stage, int[] ids, int count, DipTreatment treatment, decimal? cost, int grade, ref Candidate best, DipTrace? trace)
    {
        if (groups is null)
        {
            trace?.Add(stage, string.Empty, false, "该主要诊断没有此类病种", "no group of this kind for the main-diagnosis key");
            return;
        }

        var c = Catalogue;
        foreach (var g in groups)
        {
            var combination = c.Combinations[g];
            var group = c.Groups[g];
            if (combination.Length == 0)
            {
                if (treatment != DipTreatment.Conservative)
                {
                    trace?.Add(stage, group.Code, false, "保守治疗组：病例有手术操作（" + TreatmentZh(treatment) + "）", "conservative group: the case has a procedure (" + treatment.ToString().ToLowerInvariant() + ")");
                    continue;
                }

                trace?.Add(stage, group.Code, true, "保守治疗组：病例未做计入分组的手术操作", "conservative group: the case has no procedure that counts");
                Consider(new Candidate(g, Rank(group), 0, 0), cost, grade, ref best, trace);
                continue;
            }

            var satisfied = true;
            for (var t = 0; t < combination.Length && satisfied; t++)
            {
                satisfied = false;
                foreach (var alternative in combination[t])
                {
                    if (Contains(ids, count, alternative))
                    {
                        satisfied = true;
                        break;
                    }
                }

                if (!satisfied)
                {
                    trace?.Add(stage, group.Code, false, "缺少手术操作组合中的一项：" + string.Join("/", group.Procedures.Terms[t]),
                        "a term of the combination is missing: " + string.Join("/", group.Procedures.Terms[t]));
                }
            }

            if (!satisfied) continue;
            var matched = 0;
            for (var i = 0; i < count; i++)
            {
                if (InCombination(combination, ids[i])) matched++;
            }

            trace?.Add(stage, group.Code, true, "手术操作组合 " + group.Procedures.Text + " 满足，匹配 " + matched.ToString(CultureInfo.InvariantCulture) + " 项",
                "combination " + group.Procedures.Text + " holds, " + matched.ToString(CultureInfo.InvariantCulture) + " procedure(s) matched");
            Consider(new Candidate(g, Rank(group), combination.Length, matched), cost, grade, ref best, trace);
        }
    }

    private bool TryComprehensive(int[]? groups, string stage, DipTreatment treatment, decimal? cost, int grade, ref Candidate best, DipTrace? trace)
    {
        if (groups is null) return false;
        var found = false;
        foreach (var g in groups) found |= TryComprehensive(g, stage, treatment, cost, grade, ref best, trace);
        return found;
    }

    private bool TryComprehensive(int g, string stage, DipTreatment treatment, decimal? cost, int grade, ref Candidate best, DipTrace? trace)
    {
        var group = Catalogue.Groups[g];
        if (group.Treatment != treatment)
        {
            trace?.Add(stage, group.Code, false, "治疗方式不符（病种：" + TreatmentZh(group.Treatment) + "）", "treatment type differs (group: " + group.Treatment.ToString().ToLowerInvariant() + ")");
            return false;
        }

        trace?.Add(stage, group.Code, true, "诊断范围 " + group.DiagnosisKey + " 与治疗方式相符", "diagnosis range " + group.DiagnosisKey + " and treatment type match");
        Consider(new Candidate(g, Rank(group), 0, 0), cost, grade, ref best, trace);
        return true;
    }

    private int Rank(DipGroup group) => Catalogue.SlotRank[((int)group.Kind * 4) + (int)group.Treatment];

    private void Consider(Candidate candidate, decimal? cost, int grade, ref Candidate best, DipTrace? trace)
    {
        if (candidate.Rank == int.MaxValue)
        {
            trace?.Add("choice", Catalogue.Groups[candidate.Group].Code, false, "该类型不在选择顺序中", "this kind/treatment slot is not in the choice order");
            return;
        }

        if (best.Group < 0 || Better(candidate, best, cost, grade)) best = candidate;
    }

    private bool Better(Candidate a, Candidate b, decimal? cost, int grade)
    {
        if (a.Rank != b.Rank) return a.Rank < b.Rank;
        var c = Catalogue;
        foreach (var breaker in c.Parameters.TieBreakers)
        {
            switch (breaker)
            {
                case DipTieBreaker.Combination:
                    if (a.Terms != b.Terms) return a.Terms > b.Terms;
                    break;
                case DipTieBreaker.Matched:
                    if (a.Matched != b.Matched) return a.Matched > b.Matched;
                    break;
                case DipTieBreaker.ClosestCost:
                    if (cost is { } x && c.ReferenceCost(a.Group, grade) is { } ca && c.ReferenceCost(b.Group, grade) is { } cb)
                    {
                        var da = Math.Abs(ca - x);
                        var db = Math.Abs(cb - x);
                        if (da != db) return da < db;
                    }

                    break;
                case DipTieBreaker.HigherScore:
                    var sa = c.Groups[a.Group].Score;
                    var sb = c.Groups[b.Group].Score;
                    if (sa != sb) return sa > sb;
                    break;
            }
        }

        return a.Group < b.Group;
    }

    private static bool Contains(int[] ids, int count, int id)
    {
        if (id < 0) return false;
        for (var i = 0; i < count; i++)
        {
            if (ids[i] == id) return true;
        }

        return false;
    }

    private static bool InCombination(int[][] combination, int id)
    {
        foreach (var term in combination)
        {
            foreach (var alternative in term)
            {
                if (alternative == id) return true;
            }
        }

        return false;
    }

    private DipAuxiliaryEntry? ChooseAuxiliary(DipCase @case, int group, ulong procedureMask, DipTrace? trace)
    {
        var entries = Catalogue.AuxiliaryByGroup[group];
        if (entries.Length == 0) return null;
        ulong otherMask = 0;
        if (Catalogue.HasCodeLists)
        {
            var diagnoses = @case.Diagnoses;
            for (var i = 1; i < diagnoses.Count; i++)
            {
                var code = DipCatalogue.ResolveInputCode(diagnoses[i]);
                if (code.Length > 0) otherMask |= ListMaskOf(code);
            }
        }

        var known = @case.AgeYears is not null || @case.AgeDays is not null;
        // Age in days: as given, except that 0 days with a positive age in years is read as "days not filled in" (HIS exports write 0).
        var ageDays = @case.AgeDays is { } d && !(d == 0 && @case.AgeYears > 0) ? d : (@case.AgeYears ?? 0) * 365L;
        var ageYears = @case.AgeYears ?? (@case.AgeDays ?? 0) / 365;
        DipAuxiliaryEntry? best = null;
        foreach (var entry in entries)
        {
            var holds = (entry.OtherDiagnosisMask == 0 || (otherMask & entry.OtherDiagnosisMask) != 0)
                && (entry.ProcedureMask == 0 || (procedureMask & entry.ProcedureMask) != 0)
                && (entry.AgeMin is not { } min || (known && (min.InYears ? ageYears >= min.Value : ageDays >= min.Value)))
                && (entry.AgeMax is not { } max || (known && (max.InYears ? ageYears <= max.Value : ageDays <= max.Value)))
                && (entry.LosMin is not { } losMin || @case.LengthOfStayDays >= losMin)
                && (entry.LosMax is not { } losMax || @case.LengthOfStayDays <= losMax)
                && (entry.Discharge is not { } discharge || @case.Discharge == discharge);
            trace?.Add("auxiliary", entry.Subtype, holds, (holds ? "符合：" : "不符合：") + entry.Name, (holds ? "holds: " : "does not hold: ") + entry.Name);
            if (holds && (best is null || entry.Coefficient > best.Coefficient)) best = entry;
        }

        return best;
    }

    internal static string TreatmentZh(DipTreatment treatment) => treatment switch
    {
        DipTreatment.Conservative => "保守治疗",
        DipTreatment.Diagnostic => "诊断性操作",
        DipTreatment.Therapeutic => "治疗性操作",
        _ => "相关手术",
    };

    private readonly struct Candidate
    {
        public Candidate(int group, int rank, int terms, int matched)
        {
            Group = group;
            Rank = rank;
            Terms = terms;
            Matched = matched;
        }

        public int Group { get; }

        public int Rank { get; }

        public int Terms { get; }

        public int Matched { get; }
    }
}
