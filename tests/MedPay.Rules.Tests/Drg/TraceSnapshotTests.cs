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
    public void National_case_C000002()
    {
        // CHS-DRG 1.1 fixture case C000002: D14.302 is in MDCE_DX (seq 10) and ER1_DX (ADRG seq 7 of MDCE); the earlier MDCs fail
        // (MDCA on pr_count > 0). J61.x00x001 is a CC of exclusion group 105, and D14.302 belongs to group 37 only, so it counts:
        // ER13 "dx_count > 1 and (has_mcc or has_cc)" holds. The reference grouper gives MDCE/ER1/ER13.
        var record = ConformanceFixture.Cases.Single(c => c.Id == "C000002");
        var result = ConformanceFixture.Scheme.CreateGrouper().Group(record.Case!, includeTrace: true);
        Assert.Equal("ER13", result.DrgCode);
        Snapshot.Match(View(result));
    }

    [Fact]
    public void Error_catalogues()
    {
        Snapshot.Match(new
        {
            RulePack = RulePackIssues.Catalog.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
            Grouping = DrgGroupingIssues.Catalog.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
        });
    }
}
