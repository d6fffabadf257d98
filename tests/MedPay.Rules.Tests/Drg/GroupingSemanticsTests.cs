using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>The grouping order of drg-scheme-tables.md ("Grouping semantics"), checked on small hand-written schemes.</summary>
public class GroupingSemanticsTests
{
    private static readonly DrgGrouper Mini = new MiniScheme().Load().CreateGrouper();

    [Theory]
    [InlineData("A01.000|B01.000", "01.0001", "XA11")] // MCC
    [InlineData("A01.000|B02.000", "01.0001", "XA13")] // CC
    [InlineData("A01.000|C01.000", "01.0001", "XA15")] // neither
    [InlineData("A02.000|B01.000|B02.000", "01.0001", "XA15")] // both excluded for main A02
    [InlineData("A01.000|B01.000", "", "XR19")]         // no procedure: medical ADRG
    public void Mdc_adrg_and_drg_rows_are_tried_in_seq_order(string dx, string pr, string drg)
    {
        var result = Mini.Group(MiniScheme.Case(dx, pr));
        Assert.Equal(DrgGroupingStatus.Grouped, result.Status);
        Assert.Equal("MDCX", result.MdcCode);
        Assert.Equal(drg, result.DrgCode);
        Assert.Equal(drg.Substring(0, 3), result.AdrgCode);
        Assert.Equal("mini", result.Scheme.Id);
    }

    [Fact]
    public void No_mdc_holds_gives_ungroupable_0000()
    {
        var result = Mini.Group(MiniScheme.Case("C01.000"));
        Assert.Equal(DrgGroupingStatus.Ungroupable, result.Status);
        Assert.Equal("0000", result.DrgCode);
        Assert.Equal(string.Empty, result.MdcCode);
        Assert.Equal(string.Empty, result.AdrgCode);
    }

    [Fact]
    public void An_mdc_whose_adrgs_all_fail_lets_grouping_go_on_with_the_next_mdc()
    {
        var grouper = new MiniScheme()
            .With("mdc.csv", "seq,mdc,name,condition\n1,MDCA,先期,any_dx in X_DX\n2,MDCX,测试,main_dx in X_DX\n")
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCA,1,AA1,移植,surgical,main_pr in XA1_PR\nMDCX,1,XR1,内科,medical,true\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nAA1,1,AA19,移植,true\nXR1,1,XR19,内科,true\n")
            .Load().CreateGrouper();
        Assert.Equal("AA19", grouper.Group(MiniScheme.Case("A01.000", "01.0001")).DrgCode);
        var result = grouper.Group(MiniScheme.Case("A01.000", "01.0002"));
        Assert.Equal("MDCX", result.MdcCode);
        Assert.Equal("XR19", result.DrgCode);
    }

    [Fact]
    public void Several_rows_of_one_adrg_are_alternative_entries_at_their_own_seq_and_share_its_drgs()
    {
        var scheme = new MiniScheme()
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\n" +
                "MDCX,1,XB1,双入口,surgical,main_pr in {\"01.0001\"}\n" +
                "MDCX,2,XC1,其他,surgical,any_pr in {\"01.0002\"}\n" +
                "MDCX,3,XB1,双入口,surgical,main_pr in {\"01.0003\"}\n" +
                "MDCX,4,XR1,内科,medical,true\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nXB1,1,XB11,伴MCC,has_mcc\nXB1,2,XB15,不伴,true\nXC1,1,XC19,其他,true\nXR1,1,XR19,内科,true\n")
            .Load();
        var grouper = scheme.CreateGrouper();
        Assert.Equal("XB15", grouper.Group(MiniScheme.Case("A01.000", "01.0001")).DrgCode);
        Assert.Equal("XB11", grouper.Group(MiniScheme.Case("A01.000|B01.000", "01.0003")).DrgCode);
        // 01.0003 + 01.0002: the XC1 row (seq 2) comes before the second XB1 row (seq 3).
        Assert.Equal("XC19", grouper.Group(MiniScheme.Case("A01.000", "01.0003|01.0002")).DrgCode);
        Assert.Equal(2, scheme.FindAdrg("XB1")!.Rules.Length);
        Assert.Equal(new[] { "XB11", "XB15" }, scheme.FindAdrg("XB1")!.Drgs.Select(d => d.Code));
    }

    [Fact]
    public void An_ambiguous_adrg_gives_the_ambiguous_status()
    {
        var grouper = new MiniScheme()
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,手术,surgical,main_pr in XA1_PR\n" +
                "MDCX,2,XQY,歧义组,ambiguous,pr_count > 0 and any_pr in {\"01.0002\"}\nMDCX,3,XR1,内科,medical,true\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,手术,true\nXQY,1,XQY9,歧义组,true\nXR1,1,XR19,内科,true\n")
            .Load().CreateGrouper();
        var result = grouper.Group(MiniScheme.Case("A01.000", "01.0002"));
        Assert.Equal(DrgGroupingStatus.Ambiguous, result.Status);
        Assert.True(result.IsGrouped);
        Assert.Equal("XQY9", result.DrgCode);
        Assert.Equal(AdrgKind.Ambiguous, result.Adrg!.Kind);
    }

    [Fact]
    public void An_adrg_whose_drg_rows_all_fail_is_ungroupable_with_a_warning()
    {
        var result = new MiniScheme()
            .With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA11,伴MCC,has_mcc\nXR1,1,XR19,内科,true\n")
            .TryLoad();
        Assert.Contains(result.Issues, i => i.Code == "PACK_ADRG_NO_UNCONDITIONAL_DRG" && i.Severity == IssueSeverity.Warning);
        var grouped = result.Scheme!.CreateGrouper().Group(MiniScheme.Case("A01.000", "01.0001"));
        Assert.Equal(DrgGroupingStatus.Ungroupable, grouped.Status);
        Assert.Equal("0000", grouped.DrgCode);
        Assert.Equal("XA1", grouped.AdrgCode);
        Assert.Contains(grouped.Issues, i => i.Code == "GROUP_NO_DRG_ROW");
    }
}
