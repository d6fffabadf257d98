using MedPay.Rules.Drg;
using MedPay.Rules.Drg.Workbooks;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>
/// The quirks of the published workbook (nhsa-drg-workbook.md, "Sheets and columns", "Grouping order", "What goes with a workbook"),
/// each on a small workbook written by the test, and the import report that lists what was done about each.
/// </summary>
public class WorkbookQuirkTests
{
    private static readonly object?[] AdrgHeader = { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" };
    private static readonly object?[] DrgHeader = { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" };

    private static DrgResult Group(DrgScheme scheme, string dx, string pr = "", int age = 40) => scheme.CreateGrouper().Group(MiniScheme.Case(dx, pr, ageYears: age));

    [Fact]
    public void Columns_are_found_by_header_text_in_any_order_after_a_title_and_blank_columns()
    {
        // ADRG: an empty first column (older copies), the columns in another order, the older header 排序; DRG headed "DRG".
        var workbook = new TestWorkbook()
            .Sheet("ADRG", new object?[] { null, "MDC内排序", "所属MDC编码", "ADRG规则", "ADRG名称", "ADRG编码" },
                new object?[] { null, 1, "MDCX", "ZYSS in OP_XA1", "测试手术", "XA1" }, new object?[] { null, 2, "MDCX", "", "测试内科", "XR1" })
            .Sheet("DRG", new object?[] { "排序", "所属ADRG编码", "DRG", "DRG名称", "DRG规则" },
                new object?[] { 1, "XA1", "XA11", "伴MCC", "QTZD in MCC" }, new object?[] { 2, "XA1", "XA15", "不伴", "" }, new object?[] { 1, "XR1", "XR19", "内科", "" });
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("XA11", Group(result.Scheme!, "A01.000|B01.000", "01.0001").DrgCode);
        var report = result.ImportReport!;
        Assert.Equal(2, report.Sheets.Single(s => s.Sheet == "MDC").HeaderRow); // row 1 is the merged title
        var adrg = report.Sheets.Single(s => s.Sheet == "ADRG");
        Assert.Equal(new[] { "MDC内排序=B", "所属MDC编码=C", "ADRG规则=D", "ADRG名称=E", "ADRG编码=F" }, adrg.Columns.Select(c => c.ToString()));
        Assert.Equal("测试手术", result.Scheme!.FindAdrg("XA1")!.Name);
        // Without scheme.json, the scheme is named after the workbook's title row.
        Assert.Equal("按病组（DRG）付费分组方案配置信息（测试）", result.Scheme.Manifest.Name);
        Assert.Equal(DrgScheme.WorkbookFormatName, result.Scheme.Manifest.Format);
    }

    [Fact]
    public void The_header_row_is_searched_for_below_notes_and_its_row_reported()
    {
        var rows = new TestWorkbook().Rows("CC");
        rows.InsertRange(0, new[] { new object?[] { "说明：CC 表" }, new object?[] { null }, new object?[] { "更新：2026-09-09" } });
        var workbook = new TestWorkbook().Sheet("CC", rows.ToArray());
        var report = workbook.TryLoad().ImportReport!;
        Assert.True(report.Succeeded, string.Join("\n", report.Issues));
        Assert.Equal(4, report.Sheets.Single(s => s.Sheet == "CC").HeaderRow);
    }

    [Fact]
    public void Special_spaces_zero_width_spaces_and_line_breaks_are_white_space_and_every_cleaning_is_reported()
    {
        var workbook = new TestWorkbook();
        // "_x005F_x000D_" is an escaped underscore: the cell holds the literal text _x000D_, which is white space too.
        workbook.Rows("MDC")[2] = new object?[] { "\u200BMDCX\u3000", "测试_x005F_x000D_大类\u00A0", "ZYZD\u3000in\u00A0DI_X\u200B", " 1 " };
        workbook.Rows("ADRG")[1] = new object?[] { "XA1", "测试手术", "ZYSS in_x000D_\n OP_XA1", "MDCX\u00A0", 1 };
        workbook.Rows("ADRG")[2] = new object?[] { "XR1", "测试内科", "\u3000", "MDCX", 2 };  // an empty rule of one full-width space
        workbook.Rows("集合")[1] = new object?[] { "DI_X", "\u00A0A01.000\u200B", "甲一", 1 };
        workbook.Rows("CC")[2] = new object?[] { "B02.000\u3000", "乙二", 2, "CC\u200B" };
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("XA13", Group(result.Scheme!, "A01.000|B02.000", "01.0001").DrgCode); // the cleaned codes and rules all match
        Assert.Equal("XR19", Group(result.Scheme!, "A02.000").DrgCode);                    // the empty rule holds
        var report = result.ImportReport!;
        var cleaned = report.StepsOf(WorkbookImportStepKind.Cleaned).Select(s => s.Location!.Cell + " " + s.Message.En + " → " + s.Value).ToList();
        Assert.Contains("A3 removed U+200B ×1, U+3000 ×1 → MDCX", cleaned);
        Assert.Contains("C3 removed U+00A0 ×1, U+200B ×1, U+3000 ×1 → ZYZD in DI_X", cleaned);
        Assert.Contains("B3 removed U+00A0 ×1, _x000D_ ×1 → 测试 大类", cleaned);
        Assert.Contains("C2 removed CR ×1, LF ×1 → ZYSS in OP_XA1", cleaned); // _x000D_ in the XML is the escape of a carriage return
        Assert.Contains("D3 removed surrounding or repeated spaces → 1", cleaned);
        Assert.Contains("B2 removed U+00A0 ×1, U+200B ×1 → A01.000", cleaned);
        var empty = Assert.Single(report.StepsOf(WorkbookImportStepKind.EmptyRule));
        Assert.Equal(new SourceLocation("workbook.xlsx", "ADRG", 3, 3, "ADRG规则"), empty.Location);
    }

    [Fact]
    public void Rich_text_inline_strings_and_order_numbers_stored_as_text_are_read()
    {
        var workbook = new TestWorkbook();
        workbook.Rows("ADRG")[1] = new object?[] { new TestWorkbook.Inline("XA1"), "测试手术", new TestWorkbook.Rich("ZYSS in ", "OP_XA1"), "MDCX", "1" };
        workbook.Rows("ADRG")[2] = new object?[] { "XR1", new TestWorkbook.Inline("测试内科"), "", "MDCX", "2" };
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("ZYSS in OP_XA1", result.Scheme!.FindAdrg("XA1")!.Rules.Single().Condition);
        Assert.Equal("测试内科", result.Scheme.FindAdrg("XR1")!.Name);
        Assert.Equal(new[] { "E2", "E3" }.Select(c => "ADRG!" + c), result.ImportReport!.StepsOf(WorkbookImportStepKind.NumberFromText).Select(s => s.Location!.Sheet + "!" + s.Location.Cell));
    }

    [Fact]
    public void A_set_may_list_a_member_twice()
    {
        var result = new TestWorkbook().Add("集合", new object?[] { "DI_X", "A01.000", "甲一", 1 }).TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var step = Assert.Single(result.ImportReport!.StepsOf(WorkbookImportStepKind.DuplicateMember));
        Assert.Equal(("集合", 5, "A01.000"), (step.Location!.Sheet, step.Location.Row, step.Value));
        Assert.Equal("XA15", Group(result.Scheme!, "A01.000", "01.0001").DrgCode);
    }

    [Fact]
    public void A_fallback_row_sorted_in_the_middle_of_its_mdc_is_tried_last()
    {
        // X00 (empty rule) at MDC内排序 1, before XA1 (2) and XR1 (3): taken literally it would swallow every case of MDCX.
        var result = new TestWorkbook()
            .Sheet("ADRG", AdrgHeader, new object?[] { "X00", "兜底", "", "MDCX", 1 }, new object?[] { "XA1", "测试手术", "ZYSS in OP_XA1", "MDCX", 2 },
                new object?[] { "XR1", "测试内科", "NL >= 60", "MDCX", 3 })
            .Sheet("DRG", DrgHeader, new object?[] { "X000", "兜底", "", "X00", "MDCX", 1 }, new object?[] { "XA15", "手术", "", "XA1", "MDCX", 1 },
                new object?[] { "XR19", "内科", "", "XR1", "MDCX", 1 })
            .TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var scheme = result.Scheme!;
        Assert.Equal("XA15", Group(scheme, "A01.000", "01.0001").DrgCode);
        Assert.Equal("XR19", Group(scheme, "A01.000", age: 70).DrgCode);
        Assert.Equal("X000", Group(scheme, "A01.000", age: 40).DrgCode);
        var step = Assert.Single(result.ImportReport!.StepsOf(WorkbookImportStepKind.FallbackTriedLast));
        Assert.Equal(("ADRG", 2, "X00"), (step.Location!.Sheet, step.Location.Row, step.Value));
        Assert.Contains("XA1 (2), XR1 (3)", step.Message.En);
        // The trace tries X00 last too, and the scheme lists the MDC's rows in the order tried.
        var trace = scheme.CreateGrouper().Group(MiniScheme.Case("A01.000", ageYears: 40), includeTrace: true).Trace!;
        Assert.Equal(new[] { "XA1", "XR1", "X00" }, trace.Steps.Where(s => s.Level == DrgTraceLevel.Adrg).Select(s => s.Code));
    }

    [Fact]
    public void A_fallback_drg_row_sorted_first_in_its_adrg_is_tried_last()
    {
        var result = new TestWorkbook()
            .Sheet("ADRG", AdrgHeader, new object?[] { "X00", "兜底", "", "MDCX", 1 })
            .Sheet("DRG", DrgHeader, new object?[] { "X000", "兜底", "", "X00", "MDCX", 1 }, new object?[] { "X001", "高龄", "NL >= 60", "X00", "MDCX", 2 })
            .TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("X001", Group(result.Scheme!, "A01.000", age: 70).DrgCode);
        Assert.Equal("X000", Group(result.Scheme!, "A01.000", age: 40).DrgCode);
        Assert.Single(result.ImportReport!.StepsOf(WorkbookImportStepKind.FallbackTriedLast), s => s.Value == "X000");
    }

    [Fact]
    public void An_empty_mdc_rule_holds()
    {
        var workbook = new TestWorkbook();
        workbook.Rows("MDC")[2] = new object?[] { "MDCX", "测试大类", "", 1 };
        var scheme = workbook.Load();
        // C01.000 is in no set: only an MDC rule that always holds lets the case into MDCX, where XR1 (empty rule) takes it.
        Assert.Equal("XR19", Group(scheme, "C01.000").DrgCode);
    }

    [Fact]
    public void An_mdc_with_an_empty_rule_and_no_fallback_passes_a_case_on_when_none_of_its_adrgs_holds()
    {
        // MDCA as in the 3.0 workbook: an empty rule, and only procedure ADRGs (no fallback row).
        var workbook = new TestWorkbook()
            .Add("集合", new object?[] { "OP_AA1", "01.0002", "手术二", 2 });
        workbook.Rows("MDC").Insert(2, new object?[] { "MDCA", "先期分组", "", 1 });
        workbook.Rows("MDC")[3] = new object?[] { "MDCX", "测试大类", "ZYZD in DI_X", 2 };
        workbook.Add("ADRG", new object?[] { "AA1", "移植", "ZYSS in OP_AA1", "MDCA", 1 });
        workbook.Add("DRG", new object?[] { "AA19", "移植", "", "AA1", "MDCA", 1 });
        var scheme = workbook.Load();
        Assert.Equal("AA19", Group(scheme, "A01.000", "01.0002").DrgCode);
        var passedOn = scheme.CreateGrouper().Group(MiniScheme.Case("A01.000"), includeTrace: true);
        Assert.Equal(("MDCX", "XR19"), (passedOn.MdcCode, passedOn.DrgCode));
        Assert.Contains(passedOn.Trace!.Steps, s => s.Level == DrgTraceLevel.Mdc && s.Code == "MDCA" && s.Matched);
        Assert.Contains(passedOn.Trace.Steps, s => s.Level == DrgTraceLevel.Adrg && s.Code == "AA1" && !s.Matched);
    }

    [Fact]
    public void Adrg_kinds_are_read_from_the_codes()
    {
        var workbook = new TestWorkbook()
            .Add("ADRG", new object?[] { "XK1", "操作", "ZYSS in OP_XA1", "MDCX", 3 }, new object?[] { "XQY", "歧义", "ZYSS in OP_XA1", "MDCX", 4 })
            .Add("DRG", new object?[] { "XK19", "操作", "", "XK1", "MDCX", 1 }, new object?[] { "XQY9", "歧义", "", "XQY", "MDCX", 1 });
        var scheme = workbook.Load();
        Assert.Equal(new[] { AdrgKind.Surgical, AdrgKind.Medical, AdrgKind.Procedure, AdrgKind.Ambiguous },
            new[] { "XA1", "XR1", "XK1", "XQY" }.Select(c => scheme.FindAdrg(c)!.Kind));
    }

    [Fact]
    public void A_code_listed_both_as_mcc_and_as_cc_counts_at_each_level_with_its_own_exclusion_table()
    {
        // B04.000: an MCC row naming table 4 (which lists A02.000) and a CC row naming table 5 (which has no rows: it excludes nothing).
        var scheme = new TestWorkbook()
            .Add("CC", new object?[] { "B04.000", "乙四", 4, "MCC" }, new object?[] { "B04.000", "乙四", 5, "CC" })
            .Add("排除表", new object?[] { 4, "A02.000", "甲二" })
            .Companion("diagnoses.csv", "code,name\nA01.000,甲一\nA02.000,甲二\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\nB04.000,乙四\n")
            .Load();
        // XA11 "QTZD in MCC", XA13 "QTZD in {MCC, CC}", XA15 the rest.
        Assert.Equal("XA11", Group(scheme, "A01.000|B04.000", "01.0001").DrgCode); // the MCC row counts: table 4 does not list A01.000
        Assert.Equal("XA13", Group(scheme, "A02.000|B04.000", "01.0001").DrgCode); // the MCC row is excluded, the CC row counts
        var trace = scheme.CreateGrouper().Group(MiniScheme.Case("A02.000|B04.000", "01.0001"), includeTrace: true).Trace!;
        Assert.Equal(new[] { "B04.000 Mcc excluded by group 4", "B04.000 Cc counted" }, trace.Complications.Select(c => c.ToString()));
    }

    [Fact]
    public void Without_dictionaries_the_known_codes_are_the_members_of_the_sets_and_the_report_says_so()
    {
        var result = new TestWorkbook().Companion("diagnoses.csv", null).Companion("procedures.csv", null).TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var scheme = result.Scheme!;
        // Diagnoses: DI_X (A01.000, A02.000), the CC sheet (B01.000–B03.000); procedures: OP_XA1 (01.0001). Names from the sheets.
        Assert.Equal(new[] { "A01.000", "A02.000", "B01.000", "B02.000", "B03.000" }, scheme.Diagnoses.Entries.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(new[] { "01.0001" }, scheme.Procedures.Entries.Select(e => e.Code));
        Assert.Equal("乙二", scheme.Diagnoses.Entries.Single(e => e.Code == "B02.000").Name);
        Assert.Equal("XA13", Group(scheme, "A01.000|B02.000", "01.0001").DrgCode);
        Assert.Equal(DrgGroupingStatus.InvalidInput, Group(scheme, "A01.000|C01.000").Status); // C01.000 is in no set: unknown
        Assert.DoesNotContain(result.Issues, i => i.Code == "PACK_CODE_NOT_IN_DICTIONARY");
        var note = Assert.Single(result.ImportReport!.StepsOf(WorkbookImportStepKind.Dictionaries));
        Assert.Contains("no diagnoses.csv", note.Message.En);
        Assert.Contains("no procedures.csv", note.Message.En);
    }

    [Fact]
    public void A_folder_pack_holds_exactly_one_workbook_and_an_excel_lock_file_is_not_one()
    {
        var bytes = new TestWorkbook().Bytes();
        var withLock = RulePack.FromFiles(new Dictionary<string, byte[]> { ["方案.xlsx"] = bytes, ["~$方案.xlsx"] = new byte[] { 1, 2, 3 } }, "x");
        Assert.True(withLock.IsWorkbookPack);
        Assert.True(DrgScheme.TryLoad(withLock, XlsxWorkbookReader.Instance).Succeeded);
        var two = RulePack.FromFiles(new Dictionary<string, byte[]> { ["a.xlsx"] = bytes, ["b.xlsx"] = bytes }, "x");
        Assert.Equal("WB_PACK_WORKBOOK_COUNT", Assert.Single(DrgScheme.TryLoad(two, XlsxWorkbookReader.Instance).Errors).Code);
        Assert.Equal("WB_READER_MISSING", Assert.Single(DrgScheme.TryLoad(withLock).Errors).Code);
    }

    [Fact]
    public void A_manifest_beside_the_workbook_names_the_pack()
    {
        var scheme = new TestWorkbook().Companion("scheme.json", "{\"id\":\"region-3.0\",\"name\":\"某省 CHS-DRG 3.0\",\"version\":\"2027.1\",\"source\":\"某省医保局\"}").Load();
        Assert.Equal(("region-3.0", "某省 CHS-DRG 3.0", "2027.1"), (scheme.Identity.Id, scheme.Identity.Name, scheme.Identity.Version));
    }

    [Fact]
    public void Rules_reading_the_regional_fields_are_listed_in_the_report()
    {
        var workbook = new TestWorkbook();
        workbook.Rows("DRG")[1] = new object?[] { "XA11", "伴MCC", "QTZD in MCC or ZYTS > 60", "XA1", "MDCX", 1 };
        var step = Assert.Single(workbook.TryLoad().ImportReport!.StepsOf(WorkbookImportStepKind.RegionalField));
        Assert.Equal(("DRG", 2, "QTZD in MCC or ZYTS > 60"), (step.Location!.Sheet, step.Location.Row, step.Value));
    }

    [Fact]
    public void A_drg_row_naming_another_mdc_than_its_adrg_is_reported_and_the_adrg_decides()
    {
        var workbook = new TestWorkbook();
        workbook.Rows("DRG")[4] = new object?[] { "XR19", "内科", "", "XR1", "MDCY", 1 };
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues, i => i.Code == "PACK_DRG_MDC_MISMATCH");
        Assert.Equal(new SourceLocation("workbook.xlsx", "DRG", 5, 5, "所属MDC编码"), issue.Location);
    }

    [Fact]
    public void Sheet_names_ignore_case_and_headers_ignore_inner_spaces()
    {
        var workbook = new TestWorkbook();
        var cc = workbook.Rows("CC");
        cc[0] = new object?[] { "疾病 编码", "疾病名称", "排除表 ", "类\u3000型" };
        var renamed = new TestWorkbook().Sheet("cc", cc.ToArray()).Without("CC");
        var result = renamed.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("XA13", Group(result.Scheme!, "A01.000|B02.000", "01.0001").DrgCode);
    }

    [Fact]
    public void An_order_number_written_as_text_with_a_decimal_point_is_read_when_whole()
    {
        var workbook = new TestWorkbook();
        workbook.Rows("ADRG")[2] = new object?[] { "XR1", "测试内科", "", "MDCX", "2.0" };
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Scheme!.FindAdrg("XR1")!.Rules.Single().Seq);
        workbook.Rows("ADRG")[2] = new object?[] { "XR1", "测试内科", "", "MDCX", "2.5" };
        var issue = Assert.Single(workbook.TryLoad().Errors, i => i.Code == "PACK_NOT_A_NUMBER"); // and XR1's DRG row then names an unknown ADRG
        Assert.Equal(("2.5", new SourceLocation("workbook.xlsx", "ADRG", 3, 5, "MDC内排序")), (issue.Value, issue.Location));
    }

    [Fact]
    public void A_code_stored_as_a_number_is_reported_because_its_trailing_zeros_may_be_lost()
    {
        var result = new TestWorkbook().Add("集合", new object?[] { "OP_XA1", 36.06, "手术", 2 }).TryLoad();
        var issue = Assert.Single(result.Issues, i => i.Code == "WB_CODE_STORED_AS_NUMBER");
        Assert.Equal((IssueSeverity.Warning, "36.06", new SourceLocation("workbook.xlsx", "集合", 5, 2, "ICD编码")), (issue.Severity, issue.Value, issue.Location));
    }
}
