using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>
/// The national CHS-DRG 1.1 scheme rendered as an official workbook (../shared/conformance/chs-drg-1.1-workbook, with the quirks of
/// nhsa-drg-workbook.md): grouping the cases of ../chs-drg-1.1 from the workbook pack, in both pack forms, must give every expected result.
/// </summary>
public class WorkbookConformanceTests
{
    public static TheoryData<string> PackForms => new() { "folder", "xlsx" };

    private static string PathOf(string form) =>
        form == "folder" ? SharedFixtures.ChsDrg11Workbook : Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx");

    [Theory]
    [MemberData(nameof(PackForms))]
    public void Every_case_groups_as_the_reference_grouper_says(string form)
    {
        var path = PathOf(form);
        var result = DrgWorkbook.TryLoad(path);
        Assert.True(result.Succeeded, $"{path}: " + string.Join("\n", result.Errors.Take(20)));
        var grouper = result.Scheme!.CreateGrouper();
        var cases = ConformanceFixture.Cases;
        var rows = FixtureFacts.RowCount(SharedFixtures.ChsDrg11, "cases.csv");
        Assert.True(rows > 0 && rows == cases.Count, $"{SharedFixtures.ChsDrg11}/cases.csv: {rows} rows, {cases.Count} read");
        var mismatches = new List<string>();
        foreach (var record in cases)
        {
            var got = grouper.Group(record.Case!);
            var mdc = got.IsGrouped ? got.MdcCode : string.Empty;
            var adrg = got.IsGrouped ? got.AdrgCode : string.Empty;
            if (mdc != record.ExpectedMdc || adrg != record.ExpectedAdrg || got.DrgCode != record.ExpectedDrg)
            {
                mismatches.Add($"{record.Id}: expected {record.ExpectedMdc}/{record.ExpectedAdrg}/{record.ExpectedDrg}, got {got} {string.Join("; ", got.Issues)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{path}: {mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches.Take(30)));
    }

    [Fact]
    public void The_folder_pack_written_from_the_workbook_groups_every_case_the_same_and_diffs_empty()
    {
        var workbook = DrgWorkbook.Load(SharedFixtures.ChsDrg11Workbook);
        var folder = DrgScheme.Load(RulePack.FromFiles(DrgSchemeExport.Files(workbook), "exported"));
        Assert.Empty(DrgSchemeDiff.Compare(workbook, folder));
        var a = workbook.CreateGrouper();
        var b = folder.CreateGrouper();
        var differ = ConformanceFixture.Cases.Where(r => a.Group(r.Case!).DrgCode != b.Group(r.Case!).DrgCode).Select(r => r.Id).Take(10).ToList();
        Assert.True(differ.Count == 0, $"{SharedFixtures.ChsDrg11Workbook}: the exported folder pack groups differently: {string.Join(", ", differ)}");
    }
}
