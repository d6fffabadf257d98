using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// Inputs drg-scheme-tables.md allows that the loader once refused (issue 13): a code listed both as CC and as MCC, rows sharing a
/// seq, ADRG rows that disagree on their name, spacer rows, more than 64 tags in a count_tags table. Each now loads with the
/// semantics the spec gives, and a stable warning code where the input is doubtful.
/// </summary>
public class LoaderAuditTests
{
    // B04.000 is listed twice: as MCC with exclusion group 4 (which lists A02.000) and as CC with group 5 (which lists A01.000).
    private static MiniScheme BothLevels(string drgs) => new MiniScheme()
        .With("cc.csv", "code,level,exclusion_group\nB01.000,MCC,1\nB02.000,CC,2\nB03.000,CC,3\nB04.000,MCC,4\nB04.000,CC,5\n")
        .With("cc_exclusions.csv", "exclusion_group,main_dx\n1,A02.000\n2,A02.000\n3,A01.000\n4,A02.000\n5,A01.000\n")
        .With("diagnoses.csv", "code,name\nA01.000,甲一\nA02.000,甲二\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\nB04.000,乙四\n")
        .With("drg.csv", "adrg,seq,drg,name,condition\n" + drgs + "XR1,1,XR19,内科,true\n");

    [Fact]
    public void A_code_listed_as_cc_and_as_mcc_is_accepted_and_has_cc_reads_its_cc_row_alone()
    {
        var result = BothLevels("XA1,1,XA13,伴CC,has_cc\nXA1,2,XA15,不伴,true\n").TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Issues);
        var grouper = result.Scheme!.CreateGrouper();
        // Main A02.000: the MCC row is excluded (group 4 lists A02.000), the CC row counts (group 5 lists only A01.000): has_cc holds.
        Assert.Equal("XA13", grouper.Group(MiniScheme.Case("A02.000|B04.000", "01.0001")).DrgCode);
        // Main A01.000: the CC row is excluded (group 5 lists A01.000); the MCC row counts, but has_cc does not read MCC rows.
        Assert.Equal("XA15", grouper.Group(MiniScheme.Case("A01.000|B04.000", "01.0001")).DrgCode);
    }

    [Fact]
    public void Has_mcc_reads_the_mcc_row_of_a_code_listed_at_both_levels()
    {
        var grouper = BothLevels("XA1,1,XA11,伴MCC,has_mcc\nXA1,2,XA13,伴CC,has_cc\nXA1,3,XA15,不伴,true\n").Load().CreateGrouper();
        Assert.Equal("XA11", grouper.Group(MiniScheme.Case("A01.000|B04.000", "01.0001")).DrgCode); // the MCC row counts for A01.000
        Assert.Equal("XA13", grouper.Group(MiniScheme.Case("A02.000|B04.000", "01.0001")).DrgCode); // MCC row excluded, CC row counts
        var trace = grouper.Group(MiniScheme.Case("A01.000|B04.000", "01.0001"), includeTrace: true).Trace!;
        Assert.Equal(new[] { "B04.000 Mcc counted", "B04.000 Cc excluded by group 5" }, trace.Complications.Select(c => c.ToString()));
    }

    [Fact]
    public void A_cc_row_repeated_exactly_is_a_warning_and_changes_nothing()
    {
        var result = new MiniScheme().With("cc.csv", "code,level,exclusion_group\nB01.000,MCC,1\nB02.000,CC,2\nB03.000,CC,3\nB02.000,CC,2\n").TryLoad();
        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("PACK_DUPLICATE_CC", IssueSeverity.Warning, new SourceLocation("cc.csv", 5, 1, "code")), (issue.Code, issue.Severity, issue.Location));
        Assert.Equal("XA13", result.Scheme!.CreateGrouper().Group(MiniScheme.Case("A01.000|B02.000", "01.0001")).DrgCode);
    }

    [Fact]
    public void Rows_sharing_a_seq_are_tried_in_file_order_with_a_warning()
    {
        // XA1 and XR1 both at seq 1 of MDCX: XR1 (true) comes first in the file, so it takes every case.
        var result = new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XR1,测试内科,medical,true\nMDCX,1,XA1,测试手术,surgical,main_pr in XA1_PR\n").TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("PACK_DUPLICATE_SEQ", IssueSeverity.Warning, new SourceLocation("adrg.csv", 3, 2, "seq")), (issue.Code, issue.Severity, issue.Location));
        Assert.Equal("XR19", result.Scheme!.CreateGrouper().Group(MiniScheme.Case("A01.000", "01.0001")).DrgCode);
    }

    [Fact]
    public void Adrg_rows_that_disagree_on_the_name_keep_the_first_with_a_warning()
    {
        var result = new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,测试手术,surgical,main_pr in XA1_PR\nMDCX,2,XA1,另一名称,surgical,main_dx in X_DX and pr_count > 5\nMDCX,3,XR1,测试内科,medical,true\n").TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(("PACK_INCONSISTENT_ADRG", IssueSeverity.Warning), (Assert.Single(result.Issues).Code, Assert.Single(result.Issues).Severity));
        Assert.Equal("测试手术", result.Scheme!.FindAdrg("XA1")!.Name);
        Assert.Equal(2, result.Scheme.FindAdrg("XA1")!.Rules.Length);
    }

    [Fact]
    public void Spacer_rows_of_empty_cells_are_skipped_without_an_issue()
    {
        var result = new MiniScheme()
            .With("tables.csv", "table,code,tag\nX_DX,A01.000,\n,,\nX_DX,A02.000,\nXA1_PR,01.0001,\n")
            .With("cc_exclusions.csv", "exclusion_group,main_dx\n1,A02.000\n,\n2,A02.000\n3,A01.000\n")
            .TryLoad();
        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Count_tags_counts_beyond_sixty_four_tags()
    {
        // 70 codes, each with its own tag: count_tags over the case's diagnoses counts the distinct tags, whichever their index.
        var codes = Enumerable.Range(1, 70).Select(i => $"T{i:00}.000").ToList();
        var dictionary = "code,name\nA01.000,甲一\n" + string.Concat(codes.Select(c => c + ",x\n"));
        var scheme = new MiniScheme()
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,ZZ1,被测,medical,\"count_tags(any_dx, MANY) >= 3\"\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nZZ1,1,ZZ19,被测,true\n")
            .With("tables.csv", "table,code,tag\nX_DX,A01.000,\n" + string.Concat(codes.Select((c, i) => $"MANY,{c},tag{i}\n")))
            .With("diagnoses.csv", dictionary)
            .Load();
        var grouper = scheme.CreateGrouper();
        Assert.Equal("ZZ19", grouper.Group(MiniScheme.Case("A01.000|T66.000|T67.000|T70.000")).DrgCode);  // tags 65, 66, 69: three
        Assert.Equal("0000", grouper.Group(MiniScheme.Case("A01.000|T66.000|T70.000")).DrgCode);          // two tags only
    }
}
