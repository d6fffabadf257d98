using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>Version maps: the national conformance maps in full, map semantics on small packs, and mapping inside the grouper.</summary>
public class VersionMapTests
{
    private static IEnumerable<(string From, string To)> Rows(string file) =>
        File.ReadLines(Path.Combine(SharedFixtures.ChsDrg11, file)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).Select(p => (p[0], p[1]));

    [Theory]
    [InlineData("diagnosis_map.csv")]
    [InlineData("procedure_map.csv")]
    public void Every_from_code_of_the_conformance_maps_maps_to_its_to_code(string file)
    {
        // Counted from the file itself (the fixture may be rebuilt): its rows, and those whose from and to differ.
        var rows = FixtureFacts.RowCount(SharedFixtures.ChsDrg11, file);
        var changed = Rows(file).Count(r => r.From != r.To);
        Assert.True(rows > 0 && changed > 0, $"{SharedFixtures.ChsDrg11}/{file}: {rows} rows, {changed} that change the code");
        var scheme = ConformanceFixture.Scheme;
        var map = file.StartsWith("diagnosis", StringComparison.Ordinal) ? scheme.DiagnosisMap : scheme.ProcedureMap;
        Assert.Equal(ImmutableArrayOf(file), map.Files);
        var all = Rows(file).ToList();
        Assert.Equal(rows, all.Count);
        Assert.Equal(rows, map.Count); // no source is listed twice in these files: every row is one-to-one or many-to-one
        var mapped = 0;
        foreach (var (from, to) in all)
        {
            var mapping = map.Map(from);
            Assert.Equal(to, mapping.Code);
            Assert.Equal(from == to ? CodeMapStatus.Unchanged : CodeMapStatus.Mapped, mapping.Status);
            if (mapping.Status == CodeMapStatus.Mapped) mapped++;
        }

        Assert.Equal(changed, mapped);
    }

    private static string[] ImmutableArrayOf(params string[] files) => files;

    [Fact]
    public void The_conformance_maps_load_without_issues_and_map_from_other_spellings()
    {
        var scheme = ConformanceFixture.Scheme;
        Assert.Empty(scheme.DiagnosisMap.Issues); // every `to` is in its dictionary (checked with Python)
        Assert.Empty(scheme.ProcedureMap.Issues);
        // C22.101M81600/3 (a clinical code with an ICD-O morphology suffix) → C22.101 (row of diagnosis_map.csv), also written in lower case.
        Assert.Equal("C22.101", scheme.DiagnosisMap.Map(" c22.101m81600/3 ").Code);
        // 00.6500x014 → 00.6501 (row of procedure_map.csv); the map is applied once: 00.6400x007 → 00.6500x014, not on to 00.6501.
        Assert.Equal("00.6501", scheme.ProcedureMap.Map("00.6500x014").Code);
        Assert.Equal("00.6500x014", scheme.ProcedureMap.Map("00.6400x007").Code);
        Assert.Equal(CodeMapStatus.NotInMap, scheme.DiagnosisMap.Map("Z99.999").Status);
        Assert.Equal(CodeMapStatus.Empty, scheme.DiagnosisMap.Map(null).Status);
    }

    private static MiniScheme WithMap(string rows, string? extra = null)
    {
        var mini = new MiniScheme().With("diagnosis_map.csv", "from,to\n" + rows);
        return extra is null ? mini : mini.With("diagnosis_map_local.csv", extra);
    }

    [Fact]
    public void One_to_many_rows_give_candidates_and_many_to_one_rows_map()
    {
        var scheme = WithMap("Q01.000,A01.000\nQ01.000,A02.000\nQ02.000,B01.000\nQ03.000,B01.000\n").Load();
        var oneToMany = scheme.DiagnosisMap.Map("Q01.000");
        Assert.Equal(CodeMapStatus.OneToMany, oneToMany.Status);
        Assert.Null(oneToMany.Code);
        Assert.Equal(new[] { "A01.000", "A02.000" }, oneToMany.Targets);
        Assert.Equal("B01.000", scheme.DiagnosisMap.Map("Q02.000").Code);
        Assert.Equal("B01.000", scheme.DiagnosisMap.Map("Q03.000").Code);
    }

    [Fact]
    public void Several_map_files_of_a_kind_merge_in_file_name_order()
    {
        var scheme = WithMap("Q01.000,A01.000\n", "from,to\nQ01.000,A02.000\nQ09.000,A03.000\n").Load();
        Assert.Equal(new[] { "diagnosis_map.csv", "diagnosis_map_local.csv" }, scheme.DiagnosisMap.Files);
        Assert.Equal(CodeMapStatus.OneToMany, scheme.DiagnosisMap.Map("Q01.000").Status);
        Assert.Equal("A03.000", scheme.DiagnosisMap.Map("Q09.000").Code);
    }

    [Fact]
    public void Map_rows_with_unknown_targets_or_empty_values_are_reported_with_their_place()
    {
        var scheme = WithMap("Q01.000,Z99.999\n,A01.000\n").Load(); // map problems do not stop the scheme from loading
        var issues = scheme.DiagnosisMap.Issues;
        Assert.Contains(issues, i => i.Code == "PACK_MAP_TARGET_UNKNOWN" && i.Value == "Z99.999" && new SourceLocation("diagnosis_map.csv", 2, 2, "to").Equals(i.Location));
        Assert.Contains(issues, i => i.Code == "PACK_EMPTY_VALUE" && new SourceLocation("diagnosis_map.csv", 3, 1, "from").Equals(i.Location));
        var missing = new MiniScheme().With("procedure_map.csv", "source,target\n01.0001,01.0002\n").Load().ProcedureMap;
        Assert.True(missing.IsEmpty);
        Assert.Contains(missing.Issues, i => i.Code == "PACK_MISSING_COLUMN" && i.Field == "from");
    }

    [Fact]
    public void The_grouper_maps_only_when_asked_and_lists_every_substitution()
    {
        // Q01.000 is not in the mini dictionary; the map sends it to A01.000 (in X_DX: medical ADRG XR1, DRG XR19).
        var scheme = WithMap("Q01.000,A01.000\nQ05.000,A01.000\nQ05.000,A02.000\n").Load();
        var @case = MiniScheme.Case("q01.000|C01.000");

        var unmapped = scheme.CreateGrouper().Group(@case);
        Assert.Equal(DrgGroupingStatus.InvalidInput, unmapped.Status);
        Assert.Contains(unmapped.Issues, i => i.Code == "CODE_UNKNOWN" && i.Field == "diagnoses[0]");

        var mapped = scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true }).Group(@case);
        Assert.Equal("XR19", mapped.DrgCode);
        var substitution = Assert.Single(mapped.Issues, i => i.Code == "CODE_MAPPED");
        Assert.Equal("diagnoses[0]", substitution.Field);
        Assert.Equal("q01.000", substitution.Value);
        Assert.Equal("code q01.000 mapped to A01.000 by diagnosis_map.csv", substitution.Message.En);
        // C01.000 is not in the map: reported with that status and looked up as given.
        Assert.Contains(mapped.Issues, i => i.Code == "CODE_NOT_IN_MAP" && i.Field == "diagnoses[1]" && i.Severity == IssueSeverity.Info);

        var ambiguous = scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true }).Group(MiniScheme.Case("Q05.000"));
        Assert.Equal(DrgGroupingStatus.InvalidInput, ambiguous.Status);
        var issue = Assert.Single(ambiguous.Issues, i => i.Code == "CODE_MAP_ONE_TO_MANY");
        Assert.Equal("code Q05.000 maps to several codes in diagnosis_map.csv: A01.000, A02.000; none was chosen", issue.Message.En);
    }

    [Fact]
    public void Mapped_conformance_cases_group_like_their_targets()
    {
        // A case written with a clinical-version code groups, with mapping on, exactly as the same case written with the target code.
        var scheme = ConformanceFixture.Scheme;
        var grouper = scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true });
        var plain = scheme.CreateGrouper();
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in Rows("diagnosis_map.csv").Where(r => r.From != r.To)) sourceOf.TryAdd(to, from);
        var checkedCases = 0;
        foreach (var record in ConformanceFixture.Cases.Take(400))
        {
            var c = record.Case!;
            var main = c.Diagnoses[0];
            if (!sourceOf.TryGetValue(main, out var source)) continue;
            var rewritten = new DrgCase
            {
                Sex = c.Sex, AgeYears = c.AgeYears, AgeDays = c.AgeDays, BirthWeightGrams = c.BirthWeightGrams, LengthOfStayDays = c.LengthOfStayDays,
                Discharge = c.Discharge, IcuHours = c.IcuHours, Department = c.Department, Procedures = c.Procedures,
                Diagnoses = new[] { source }.Concat(c.Diagnoses.Skip(1)).ToArray(),
            };
            var viaMap = grouper.Group(rewritten);
            Assert.Contains(viaMap.Issues, i => i.Code == "CODE_MAPPED" && i.Value == source);
            if (!c.Diagnoses.Skip(1).Any(d => scheme.DiagnosisMap.Map(d).Status == CodeMapStatus.Mapped)
                && !c.Procedures.Any(p => scheme.ProcedureMap.Map(p).Status == CodeMapStatus.Mapped))
            {
                Assert.Equal(plain.Group(c).DrgCode, viaMap.DrgCode);
                checkedCases++;
            }
        }

        Assert.True(checkedCases > 0);
    }
}
