using MedPay.Rules.Drg.Workbooks;
using MedPay.Rules.Tests.Support;
using Snapshooter.Xunit;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>
/// The amendments file beside a workbook (amendments.csv: action,target,code,value,note): each kind of amendment applied and listed
/// in the import report; one that cannot apply is an error, one that changes nothing a warning. And the report itself, as a snapshot.
/// </summary>
public class WorkbookAmendmentTests
{
    [Fact]
    public void An_added_exclusion_member_and_a_corrected_name_take_effect_and_are_reported()
    {
        const string amendments = "action,target,code,value,note\n" +
            "add_exclusion,2,A01.000,,印刷版方案第 12 页：排除表 2 含 A01.000\n" +
            "rename,ADRG,XA1,测试手术（更正）,2026-09-09 更新说明\n";
        var plain = new TestWorkbook().Load();
        var amended = new TestWorkbook().Companion("amendments.csv", amendments).TryLoad();
        Assert.True(amended.Succeeded, string.Join("\n", amended.Errors));
        // B02.000 is a CC of exclusion table 2. Without the amendment table 2 lists only A02.000, so for main A01.000 it counts (XA13);
        // with A01.000 added to table 2 it is excluded and the case falls to XA15.
        var @case = MiniScheme.Case("A01.000|B02.000", "01.0001");
        Assert.Equal("XA13", plain.CreateGrouper().Group(@case).DrgCode);
        Assert.Equal("XA15", amended.Scheme!.CreateGrouper().Group(@case).DrgCode);
        Assert.Equal("测试手术（更正）", amended.Scheme.FindAdrg("XA1")!.Name);
        var steps = amended.ImportReport!.StepsOf(WorkbookImportStepKind.Amended).ToList();
        Assert.Equal(new[] { "amendments.csv:2", "amendments.csv:3" }, steps.Select(s => s.Location!.File + ":" + s.Location.Row));
        Assert.Contains("排除表 2: A01.000 added (印刷版方案第 12 页：排除表 2 含 A01.000)", steps[0].Message.En);
        Assert.Contains("renamed from '测试手术' to '测试手术（更正）'", steps[1].Message.En);
    }

    [Fact]
    public void Set_members_are_added_and_removed()
    {
        const string amendments = "action,target,code,value,note\nadd_member,DI_X,A03.000,甲三,\nadd_member,OP_XA1,01.0002,手术二,\nremove_member,OP_XA1,01.0001,,\n";
        var scheme = new TestWorkbook().Companion("amendments.csv", amendments).Load();
        Assert.Equal("XA15", scheme.CreateGrouper().Group(MiniScheme.Case("A03.000", "01.0002")).DrgCode);
        Assert.Equal("XR19", scheme.CreateGrouper().Group(MiniScheme.Case("A03.000", "01.0001")).DrgCode);
    }

    [Fact]
    public void An_amendment_that_cannot_apply_is_an_error_and_one_that_changes_nothing_a_warning()
    {
        const string amendments = "action,target,code,value,note\n" +
            "add_exclusion,99,A01.000,,\n" +          // no exclusion table 99
            "add_exclusion,1,A02.000,,\n" +           // table 1 already lists A02.000
            "rename,DRG,ZZ99,某某,\n" +               // no DRG ZZ99
            "rename,CC,B01.000,某某,\n" +             // rename takes MDC, ADRG or DRG
            "delete,1,A02.000,,\n" +                  // no such action
            "add_member,DI_X,,,\n";                   // no code
        var result = new TestWorkbook().Companion("amendments.csv", amendments).TryLoad();
        Assert.False(result.Succeeded);
        var found = result.Issues.Where(i => i.Code.StartsWith("WB_AMENDMENT", StringComparison.Ordinal))
            .Select(i => $"{i.Code}@{i.Location!.Row}:{i.Severity}").ToArray();
        Assert.Equal(new[]
        {
            "WB_AMENDMENT_NOT_APPLICABLE@2:Error", "WB_AMENDMENT_REDUNDANT@3:Warning", "WB_AMENDMENT_NOT_APPLICABLE@4:Error",
            "WB_AMENDMENT_INVALID@5:Error", "WB_AMENDMENT_INVALID@6:Error", "WB_AMENDMENT_INVALID@7:Error",
        }, found);
    }

    [Fact]
    public void The_import_report_of_a_workbook_with_quirks()
    {
        // Checked by hand against the workbook below: header rows (MDC row 2 under the title), one cleaned rule (U+3000), one rule of
        // only a no-break space read as empty, one order number stored as text, one repeated set member, the fallback X00 moved after
        // XA1 and XR1, one amendment, the kinds read from the codes, the dictionaries beside the workbook, no issues.
        var workbook = new TestWorkbook()
            .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" },
                new object?[] { "X00", "兜底", "\u00A0", "MDCX", 1 }, new object?[] { "XA1", "测试手术", "ZYSS\u3000in OP_XA1", "MDCX", "2" },
                new object?[] { "XR1", "测试内科", "NL >= 60", "MDCX", 3 })
            .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" },
                new object?[] { "X000", "兜底", "", "X00", "MDCX", 1 }, new object?[] { "XA15", "手术", "", "XA1", "MDCX", 1 }, new object?[] { "XR19", "内科", "", "XR1", "MDCX", 1 })
            .Add("集合", new object?[] { "DI_X", "A02.000", "甲二", 1 })
            .Companion("amendments.csv", "action,target,code,value,note\nrename,DRG,XR19,内科（高龄）,更正名称\n");
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Snapshot.Match(result.ImportReport!.ToText().Split('\n'));
    }
}
