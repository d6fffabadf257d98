using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary><c>medpay group</c> run in-process: the conformance cases through the command line, and its error exits.</summary>
[Collection(nameof(ConsoleCollection))]
public class GroupCommandTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-cli-" + Guid.NewGuid().ToString("N") + "-" + name);

    [Fact]
    public void Conformance_cases_through_medpay_group_agree_with_every_expected_result()
    {
        var output = Temp("out.csv");
        var cases = Path.Combine(SharedFixtures.ChsDrg11, "cases.csv");
        var exit = Program.Main(new[] { "group", "--scheme", SharedFixtures.ChsDrg11, "--in", cases, "--out", output });
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,mdc,adrg,drg,status", lines[0]);
        var expected = File.ReadAllLines(cases).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => string.Join(",", f[f.Length - 3], f[f.Length - 2], f[f.Length - 1]));
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.True(expected.Count > 0, $"{cases}: no cases");
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            Assert.True(expected[f[0]] == string.Join(",", f[1], f[2], f[3]), $"{cases} {f[0]}: expected {expected[f[0]]}, medpay group wrote {line}");
            Assert.Equal(f[3] == "0000" ? "ungroupable" : "grouped", f[4]);
        }

        File.Delete(output);
    }

    [Fact]
    public void A_bad_row_becomes_an_invalid_input_row_and_a_trace_line()
    {
        var input = Temp("in.csv");
        var output = Temp("out.csv");
        var trace = Temp("trace.jsonl");
        File.WriteAllText(input, "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\n" +
            "ok,M,40,14610,0,5,1,D14.302|J61.x00x001,\nbad,M,forty,0,0,5,1,D14.302,\nunknown,F,40,14610,0,5,1,NOT.A.CODE,\n");
        var exit = Program.Main(new[] { "group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--trace", trace });
        Assert.Equal(0, exit);
        Assert.Equal(new[] { "id,mdc,adrg,drg,status", "ok,MDCE,ER1,ER13,grouped", "bad,,,0000,invalid-input", "unknown,,,0000,invalid-input" }, File.ReadAllLines(output));
        var traceLines = File.ReadAllLines(trace);
        Assert.Equal(3, traceLines.Length);
        Assert.Contains("CASE_FIELD_NOT_A_NUMBER", traceLines[1]);
        Assert.Contains("CODE_UNKNOWN", traceLines[2]);
        foreach (var f in new[] { input, output, trace }) File.Delete(f);
    }

    [Fact]
    public void Map_codes_and_unknown_code_policy_reach_the_grouper()
    {
        // A clinical-version code that the map turns into a different insurance-version code, taken from the fixture's own map.
        var scheme = ConformanceFixture.Scheme;
        var pair = File.ReadLines(Path.Combine(SharedFixtures.ChsDrg11, "diagnosis_map.csv")).Skip(1).Select(l => l.Split(','))
            .First(f => f[0] != f[1] && !scheme.Diagnoses.Contains(f[0]) && scheme.Diagnoses.Contains(f[1]));
        var input = Temp("in.csv");
        var header = "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\n";
        File.WriteAllText(input, header + $"clinical,M,40,14610,0,5,1,{pair[0]},\ninsurance,M,40,14610,0,5,1,{pair[1]},\n" +
            "unknown-procedure,M,40,14610,0,5,1," + pair[1] + ",NOT.A.PROCEDURE\n");

        string[] Run(params string[] extra)
        {
            var output = Temp("out.csv");
            Assert.Equal(0, Program.Main(new[] { "group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output }.Concat(extra).ToArray()));
            var lines = File.ReadAllLines(output).Skip(1).Select(l => l.Substring(l.IndexOf(',') + 1)).ToArray();
            File.Delete(output);
            return lines;
        }

        var plain = Run();
        Assert.EndsWith("invalid-input", plain[0]); // the clinical code is not in the insurance dictionary: fail loudly by default
        Assert.EndsWith("invalid-input", plain[2]); // an unknown procedure fails the case by default
        var mapped = Run("--map-codes");
        Assert.Equal(mapped[1], mapped[0]); // mapped, the clinical code groups exactly like its insurance code
        Assert.EndsWith("grouped", mapped[1]);
        var dropped = Run("--unknown-codes", "treat_unknown_procedure_as_none");
        Assert.Equal(dropped[1], dropped[2]); // the unknown procedure is treated as no procedure
        Assert.Equal(1, Program.Main(new[] { "group", "--in", input, "--out", Temp("x.csv"), "--unknown-codes", "guess" })); // a wrong command line (EnumeratedOptionTests)
        File.Delete(input);
    }

    [Fact]
    public void Unreadable_input_and_broken_packs_exit_non_zero()
    {
        Assert.Equal(3, Program.Main(new[] { "group", "--scheme", SharedFixtures.ChsDrg11, "--in", "/no/such/file.csv", "--out", Temp("x.csv") }));
        Assert.Equal(2, Program.Main(new[] { "group", "--scheme", "/no/such/pack", "--in", "/no/such/file.csv", "--out", Temp("x.csv") }));
        Assert.NotEqual(0, Program.Main(new[] { "group" })); // --in and --out are required
    }
}

/// <summary>Tests that run the command line share the process's console, so they do not run in parallel.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public class ConsoleCollection
{
}
