using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>Validation at load: each kind of broken pack gives a structured issue with file, row and column.</summary>
public class SchemeLoadingTests
{
    private static Issue Single(MiniScheme scheme, string code)
    {
        var result = scheme.TryLoad();
        Assert.False(result.Succeeded && result.Issues.Any(i => i.Severity == IssueSeverity.Error));
        return Assert.Single(result.Issues, i => i.Code == code);
    }

    [Fact]
    public void The_default_mini_scheme_loads_clean()
    {
        var result = new MiniScheme().TryLoad();
        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        Assert.Equal("mini", result.Scheme!.Identity.Id);
    }

    [Fact]
    public void A_condition_that_does_not_parse_names_file_row_column_and_what_was_expected()
    {
        var issue = Single(new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,手术,surgical,main_pr in XA1_PR\nMDCX,2,XR1,内科,medical,main_dx in X_DX and and true\n"), "PACK_CONDITION_SYNTAX");
        Assert.Equal(new SourceLocation("adrg.csv", 3, 21, "condition"), issue.Location);
        Assert.Contains("expected a condition", issue.Message.En);
        Assert.Contains("'and'", issue.Message.En);
    }

    [Theory]
    [InlineData("main_dx in", 11, "a table name")]
    [InlineData("main_dx = X_DX", 9, "'=='")]
    [InlineData("sex == X", 8, "M or F")]
    [InlineData("age_years > ten", 13, "a number")]
    [InlineData("(true", 6, "')'")]
    [InlineData("true false", 6, "'and', 'or' or the end")]
    [InlineData("count_tags(any_dx X_DX) >= 2", 19, "','")]
    [InlineData("discharge in {1, 2", 19, "',' or '}'")]
    [InlineData("dept in {ICU}", 10, "a code in double quotes")]
    [InlineData("main_dx in {\"A01", 13, "a closing \"")]
    [InlineData("", 1, "a condition")]
    [InlineData("weight > 3", 1, "a condition")]
    public void Syntax_errors_report_the_position_and_the_expectation(string condition, int column, string expected)
    {
        var issue = Single(new MiniScheme().With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,手术,true\nXR1,1,XR19,内科,\"" + condition.Replace("\"", "\"\"") + "\"\n"), "PACK_CONDITION_SYNTAX");
        Assert.Equal("drg.csv", issue.Location!.File);
        Assert.Equal(3, issue.Location.Row);
        Assert.Equal(column, issue.Location.Column);
        Assert.Contains(expected, issue.Message.En);
    }

    [Fact]
    public void A_table_that_is_referenced_but_missing()
    {
        var issue = Single(new MiniScheme().With("mdc.csv", "seq,mdc,name,condition\n1,MDCX,测试,main_dx in X_DX or main_dx in NO_SUCH\n"), "PACK_MISSING_TABLE");
        Assert.Equal("NO_SUCH", issue.Value);
        Assert.Equal(new SourceLocation("mdc.csv", 2, 31, "condition"), issue.Location);
    }

    [Fact]
    public void Duplicate_seq_in_each_file_is_a_warning_with_the_second_row_located()
    {
        // drg-scheme-tables.md gives no order between rows of one seq: file order decides, and the pack is told (LoaderAuditTests).
        static Issue Warning(MiniScheme scheme)
        {
            var result = scheme.TryLoad();
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            var issue = Assert.Single(result.Issues, i => i.Code == "PACK_DUPLICATE_SEQ");
            Assert.Equal(IssueSeverity.Warning, issue.Severity);
            return issue;
        }

        Warning(new MiniScheme().With("mdc.csv", "seq,mdc,name,condition\n1,MDCX,测试,main_dx in X_DX\n1,MDCY,另一,false\n"));
        Warning(new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,手术,surgical,true\nMDCX,1,XR1,内科,medical,true\n"));
        var issue = Warning(new MiniScheme().With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA11,a,has_mcc\nXA1,1,XA15,b,true\nXR1,1,XR19,内科,true\n"));
        Assert.Equal(new SourceLocation("drg.csv", 3, 2, "seq"), issue.Location);
    }

    [Fact]
    public void Duplicate_drg_and_mdc_codes()
    {
        var issue = Single(new MiniScheme().With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,a,true\nXR1,1,XA19,b,true\n"), "PACK_DUPLICATE_CODE");
        Assert.Equal("XA19", issue.Value);
        Single(new MiniScheme().With("mdc.csv", "seq,mdc,name,condition\n1,MDCX,测试,main_dx in X_DX\n2,MDCX,测试,true\n"), "PACK_DUPLICATE_CODE");
    }

    [Fact]
    public void Drg_rows_of_an_unknown_adrg_and_adrg_rows_of_an_unknown_mdc()
    {
        var issue = Single(new MiniScheme().With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,a,true\nXR1,1,XR19,b,true\nXZ9,1,XZ99,c,true\n"), "PACK_UNKNOWN_ADRG");
        Assert.Equal(new SourceLocation("drg.csv", 4, 1, "adrg"), issue.Location);
        Single(new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,手术,surgical,true\nMDCX,2,XR1,内科,medical,true\nMDCQ,1,QR1,无,medical,true\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,a,true\nXR1,1,XR19,b,true\nQR1,1,QR19,c,true\n"), "PACK_UNKNOWN_ADRG");
    }

    [Fact]
    public void An_adrg_without_drg_rows()
    {
        Single(new MiniScheme().With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,a,true\n"), "PACK_ADRG_WITHOUT_DRG");
    }

    [Fact]
    public void Table_codes_absent_from_the_dictionary_are_warnings()
    {
        var result = new MiniScheme().With("tables.csv", "table,code,tag\nX_DX,A01.000,\nX_DX,Q99.999,\nXA1_PR,01.0001,\n").TryLoad();
        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("PACK_CODE_NOT_IN_DICTIONARY", IssueSeverity.Warning, "Q99.999"), (issue.Code, issue.Severity, issue.Value));
        Assert.Equal(new SourceLocation("tables.csv", 3, 2, "code"), issue.Location);
    }

    [Fact]
    public void Missing_files_columns_and_bad_values()
    {
        Single(new MiniScheme().Without("cc.csv"), "PACK_MISSING_FILE");
        Single(new MiniScheme().With("mdc.csv", "seq,mdc,condition\n1,MDCX,true\n"), "PACK_MISSING_COLUMN");
        Single(new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,手术,surgery,true\nMDCX,2,XR1,内科,medical,true\n"), "PACK_VALUE_NOT_ALLOWED");
        Single(new MiniScheme().With("cc.csv", "code,level,exclusion_group\nB01.000,XCC,1\n"), "PACK_VALUE_NOT_ALLOWED");
        Single(new MiniScheme().With("mdc.csv", "seq,mdc,name,condition\none,MDCX,测试,true\n"), "PACK_NOT_A_NUMBER");
        Single(new MiniScheme().With("scheme.json", "{\"id\":\"x\",\"format\":\"dip-catalogue/1\"}"), "PACK_UNKNOWN_FORMAT");
        Single(new MiniScheme().With("scheme.json", "{not json"), "PACK_BAD_MANIFEST");
        Single(new MiniScheme().With("tables.csv", "table,code,tag\nX_DX,\"A01.000,\n"), "CSV_UNTERMINATED_QUOTE");
    }

    [Fact]
    public void Load_throws_one_exception_listing_every_error()
    {
        var broken = new MiniScheme()
            .With("mdc.csv", "seq,mdc,name,condition\n1,MDCX,测试,main_dx in NOPE\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA19,a,true\nXR1,1,XR19,b,(\n");
        var e = Assert.Throws<RulePackException>(() => broken.Load());
        Assert.Equal("mini", e.PackId);
        Assert.Equal(new[] { "PACK_MISSING_TABLE", "PACK_CONDITION_SYNTAX" }, e.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Code));
        Assert.Contains("mdc.csv:2", e.Message);
    }

    [Fact]
    public void Packs_open_from_a_folder_and_a_zip_with_the_same_content_hash()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-pack-");
        try
        {
            var pack = new MiniScheme().Pack();
            foreach (var name in pack.FileNames) File.WriteAllBytes(Path.Combine(dir.FullName, name), pack.ReadBytes(name)!.Value.ToArray());
            var zip = dir.FullName + ".zip";
            System.IO.Compression.ZipFile.CreateFromDirectory(dir.FullName, zip, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);
            var fromFolder = DrgScheme.Load(dir.FullName);
            var fromZip = DrgScheme.Load(zip);
            Assert.Equal(pack.ContentHash, fromFolder.Identity.ContentHash);
            Assert.Equal(pack.ContentHash, fromZip.Identity.ContentHash);
            Assert.StartsWith("zip:", RulePack.FromZip(zip).Origin);
            File.Delete(zip);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Opening_something_that_is_not_there_is_a_structured_error()
    {
        var e = Assert.Throws<RulePackException>(() => RulePack.Open("/no/such/pack"));
        Assert.Equal("PACK_UNREADABLE", Assert.Single(e.Issues).Code);
        Assert.Throws<RulePackException>(() => RulePack.Embedded("no-such-pack"));
    }
}

public class EmbeddedPackTests
{
    private static string Folder => Path.Combine(SharedFixtures.RepositoryRoot, "rules", DrgScheme.DefaultEmbeddedPackId);

    [Fact]
    public void The_default_embedded_excerpt_loads_without_issues_and_says_it_is_an_excerpt()
    {
        var scheme = DrgScheme.LoadDefault();
        Assert.Empty(scheme.Issues);
        Assert.Equal(26, scheme.Mdcs.Length);
        Assert.Contains("excerpt", scheme.Manifest.Notes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(DrgScheme.DefaultEmbeddedPackId, RulePack.EmbeddedPackIds);
    }

    [Fact]
    public void The_embedded_copy_and_the_folder_hash_alike_although_the_folder_has_documentation()
    {
        Assert.True(File.Exists(Path.Combine(Folder, "SOURCES.md")));
        Assert.Equal(RulePack.FromDirectory(Folder).ContentHash, RulePack.Embedded(DrgScheme.DefaultEmbeddedPackId).ContentHash);
    }

    [Fact]
    public void The_bundled_example_cases_get_their_hand_worked_groups()
    {
        // examples/cases.csv: 40 cases whose expected groups were worked out by hand from the excerpt's rules (see rules/.../SOURCES.md).
        var grouper = DrgScheme.LoadDefault().CreateGrouper();
        var records = DrgCaseCsv.Parse(File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, "examples", "cases.csv")), "cases.csv", out var fileIssues);
        Assert.Empty(fileIssues);
        Assert.Equal(40, records.Count);
        foreach (var record in records)
        {
            var result = grouper.Group(record.Case!);
            Assert.True(record.ExpectedDrg == result.DrgCode, $"{record.Id}: expected {record.ExpectedDrg}, got {result} {string.Join("; ", result.Issues)}");
            Assert.Equal(record.ExpectedMdc, result.IsGrouped ? result.MdcCode : string.Empty);
            Assert.Equal(record.ExpectedAdrg, result.IsGrouped ? result.AdrgCode : string.Empty);
        }
    }
}
