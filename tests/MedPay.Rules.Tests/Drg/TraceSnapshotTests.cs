using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using Snapshooter.Xunit;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// Snapshots of traces for hand-checked cases, and of the error catalogues. The expected rows of each trace were worked out
/// by hand from the scheme before the snapshot was accepted (see the comment of each case).
/// </summary>
public class TraceSnapshotTests
{
    private static object View(DrgResult result) => new
    {
        Status = result.Status.ToString(),
        result.MdcCode,
        result.AdrgCode,
        result.DrgCode,
        Scheme = result.Scheme.Id,
        result.Trace!.Diagnoses,
        result.Trace.Procedures,
        Steps = result.Trace.Steps.Select(s => $"{s.Level} {s.Code} seq={s.Seq} {(s.Matched ? "MATCHED" : "failed")} [{s.Condition}] decided by [{s.DecidingAtom}]"),
        Complications = result.Trace.Complications.Select(c => c.ToString()),
        Issues = result.Issues.Select(i => i.ToString()),
    };

    [Fact]
    public void Surgical_case_with_a_counted_cc_and_an_excluded_cc()
    {
        // Mini scheme: MDCX matched by main_dx A01.000; XA1 by main_pr 01.0001; XA11 fails on has_mcc; XA13 holds through has_cc
        // (B02.000, group 2, not excluded for main A01); B03.000 is excluded by group 3, which lists main A01.000.
        var result = new MiniScheme().Load().CreateGrouper().Group(MiniScheme.Case("A01.000|B02.000|b03.000", "01.0001"), includeTrace: true);
        Snapshot.Match(View(result));
    }

    [Fact]
    public void Medical_case_after_a_failed_surgical_adrg()
    {
        // No procedure: XA1 fails on main_pr; XR1 holds (true); B01.000 (MCC, group 1) is excluded for main A02.000.
        var result = new MiniScheme().Load().CreateGrouper().Group(MiniScheme.Case("A02.000|B01.000"), includeTrace: true);
        Snapshot.Match(View(result));
    }

    [Fact]
    public void Ungroupable_case()
    {
        // C01.000 is in no MDC table: the only MDC row fails on main_dx in X_DX.
        var result = new MiniScheme().Load().CreateGrouper().Group(MiniScheme.Case("C01.000"), includeTrace: true);
        Snapshot.Match(View(result));
    }

    [Fact]
    public void National_case_trace_agrees_with_the_fixture_tables()
    {
        // The case is picked from the fixture (../shared/conformance/chs-drg-1.1), not named: the first grouped case with one other
        // diagnosis that counts as CC/MCC and one that its exclusion group removes, judged from cc.csv and cc_exclusions.csv read here
        // without the library. Its trace must end in the reference grouper's MDC, ADRG and DRG, walk the MDC rows in mdc.csv order,
        // and list each CC/MCC row of its other diagnoses as counted or excluded exactly as the raw tables say.
        var folder = SharedFixtures.ChsDrg11;
        var cc = new FixtureFacts.CcList(folder);
        var record = ConformanceFixture.Cases.FirstOrDefault(r => r.ExpectedDrg != "0000" && r.Case is { } c && c.Diagnoses.Count > 2
            && c.Diagnoses.Skip(1).Any(d => cc.Levels.TryGetValue(d, out var rows) && rows.Any(x => !cc.Excludes(x.Group, c.Diagnoses[0])))
            && c.Diagnoses.Skip(1).Any(d => cc.Levels.TryGetValue(d, out var rows) && rows.Any(x => cc.Excludes(x.Group, c.Diagnoses[0]))));
        Assert.True(record is not null, $"{folder}/cases.csv: no grouped case has both a counted and an excluded CC/MCC");
        var @case = record!.Case!;
        var result = ConformanceFixture.Scheme.CreateGrouper().Group(@case, includeTrace: true);
        var at = $"{folder}/cases.csv {record.Id}";
        Assert.True((record.ExpectedMdc, record.ExpectedAdrg, record.ExpectedDrg) == (result.MdcCode, result.AdrgCode, result.DrgCode),
            $"{at}: expected {record.ExpectedMdc}/{record.ExpectedAdrg}/{record.ExpectedDrg}, got {result}");

        var steps = result.Trace!.Steps;
        var last = steps[steps.Length - 1];
        Assert.Equal((DrgTraceLevel.Drg, record.ExpectedDrg, true), (last.Level, last.Code, last.Matched));
        Assert.Contains(steps, s => s.Level == DrgTraceLevel.Adrg && s.Code == record.ExpectedAdrg && s.Matched);
        var mdcOrder = FixtureFacts.Rows(folder, "mdc.csv").OrderBy(f => int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)).Select(f => f[1]).ToList();
        var tracedMdcs = steps.Where(s => s.Level == DrgTraceLevel.Mdc).Select(s => s.Code).ToList();
        Assert.Equal(mdcOrder.Take(tracedMdcs.Count), tracedMdcs);
        Assert.Equal(record.ExpectedMdc, tracedMdcs[tracedMdcs.Count - 1]);

        var expected = @case.Diagnoses.Skip(1)
            .SelectMany(d => cc.Levels.TryGetValue(d, out var rows) ? rows.Select(x => (d, x.Level, Counted: !cc.Excludes(x.Group, @case.Diagnoses[0]))) : Enumerable.Empty<(string, string, bool)>())
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal).ToList();
        var actual = result.Trace.Complications.Select(f => (f.Code, f.Level.ToString().ToUpperInvariant(), f.Counted))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{at}: complications {string.Join("; ", actual)}, expected from cc.csv {string.Join("; ", expected)}");
    }

    [Fact]
    public void Error_catalogues()
    {
        Snapshot.Match(new
        {
            RulePack = RulePackIssues.Catalog.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
            Grouping = DrgGroupingIssues.Catalog.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
            Workbook = MedPay.Rules.Workbooks.WorkbookIssues.Catalog.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
        });
    }
}
