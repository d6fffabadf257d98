using System.IO.Compression;
using MedPay.Rules.DependencyInjection;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace MedPay.Rules.Tests.Packaging;

/// <summary><c>services.AddMedPayRules(…)</c> with a real <see cref="ServiceCollection"/>: engines resolve as singletons and group cases.</summary>
public class DependencyInjectionTests
{
    // examples/cases.csv row E01 (its expected columns MDCH,HC2,HC23 were checked by hand against rules/chs-drg-2.0-excerpt):
    // cholelithiasis K80.000x004 with CCs, laparoscopic cholecystectomy 51.2300 → HC2 "has_mcc or has_cc" → HC23.
    private static readonly DrgCase E01 = new()
    {
        Id = "E01", Sex = Sex.Male, AgeYears = 68, AgeDays = 24855, LengthOfStayDays = 7, Discharge = 1,
        Diagnoses = new[] { "K80.000x004", "K86.000", "I10.x04", "E11.600x051" }, Procedures = new[] { "51.2300" },
    };

    [Fact]
    public void Default_registration_resolves_singleton_engines_over_the_embedded_packs_and_groups_a_case()
    {
        using var provider = new ServiceCollection().AddMedPayRules().BuildServiceProvider();
        var grouper = provider.GetRequiredService<DrgGrouper>();
        Assert.Same(grouper, provider.GetRequiredService<DrgGrouper>());
        Assert.Same(provider.GetRequiredService<DrgScheme>(), grouper.Scheme);
        Assert.Equal(DrgScheme.DefaultEmbeddedPackId, grouper.Scheme.Identity.Id);

        var result = grouper.Group(E01);
        Assert.Equal(DrgGroupingStatus.Grouped, result.Status);
        Assert.Equal(("MDCH", "HC2", "HC23"), (result.MdcCode, result.AdrgCode, result.DrgCode));

        // DIP: K80.100 + 51.2300 is the core group K80.1-01 with 1180 points (rules/dip-example/groups.csv line 3).
        var engine = provider.GetRequiredService<DipEngine>();
        Assert.Same(provider.GetRequiredService<DipCatalogue>(), engine.Catalogue);
        var dip = engine.Evaluate(new DipCase { Id = "d1", HospitalGrade = "3", AgeYears = 50, LengthOfStayDays = 5, Discharge = 1, Diagnoses = new[] { "K80.100" }, Procedures = new[] { "51.2300" } });
        Assert.Equal(DipStatus.Grouped, dip.Status);
        Assert.Equal("K80.1-01", dip.Group!.Code);
        Assert.Equal(1180m, dip.Group.Score);
    }

    [Fact]
    public void Payment_settlement_and_retention_services_resolve_and_work_when_configured()
    {
        using var provider = new ServiceCollection().AddMedPayRules(o =>
        {
            o.PaymentPack = PaymentParameters.DefaultEmbeddedPackId;
            o.RetentionPack = "retention-quota-example";
        }).BuildServiceProvider();

        // E01 groups to HC23 (weight 2.1000 in rules/drg-payment-example/weights.csv). By hand: standard = 10,000.00 (employee rate)
        // × 2.1000 × 1.05 (grade 3) = 22,050.00; cost 20,000.00 lies between 0.4× and 3× → paid the standard; fund = 22,050.00 − 4,000.00.
        var grouping = provider.GetRequiredService<DrgGrouper>().Group(E01);
        var paid = provider.GetRequiredService<DrgPaymentEngine>().Pay(PaymentCase.FromGrouping(grouping, 20000m, 4000m, InsuredFund.Employee, "3", 7));
        Assert.Equal((PaymentStatus.Paid, 22050.00m, 22050.00m, 18050.00m), (paid.Status, paid.Standard, paid.Payment, paid.FundShare));

        // A settlement list with no diagnosis rows is rejected by RQ-03 (rules/settlement-national/rules.csv).
        var list = SettlementJson.Read("{ \"setlinfo\": { \"setl_id\": \"S1\" } }").Lists.Single();
        var report = provider.GetRequiredService<SettlementValidator>().Validate(list);
        Assert.True(report.IsRejected);
        Assert.Contains(report.Findings, f => f.RuleId == "RQ-03");
        Assert.Same(provider.GetRequiredService<SettlementRuleCatalogue>(), provider.GetRequiredService<SettlementValidator>().Catalogue);

        // domain-primer §4.2 quota: saving 200,000 × 30% = 60,000 capped at 3% of 1,000,000 = 30,000.00 (as PrimerExampleTests).
        var policy = provider.GetRequiredService<RetentionPolicy>();
        var outcome = HospitalYearEnd.Compute(policy, new YearEndTotals(new YearEndLine("H", "h", 1000000m, 800000m))
        {
            Indicators = System.Collections.Immutable.ImmutableDictionary<string, decimal>.Empty.Add("inpatient_outpatient_ratio", 0.018m),
        }).Hospital!;
        Assert.Equal(30000.00m, outcome.Retained);
    }

    [Fact]
    public void Payment_and_retention_are_opt_in_and_settlement_can_be_switched_off()
    {
        using var defaults = new ServiceCollection().AddMedPayRules().BuildServiceProvider();
        Assert.Null(defaults.GetService<DrgPaymentEngine>());
        Assert.Null(defaults.GetService<RetentionPolicy>());
        Assert.NotNull(defaults.GetService<SettlementValidator>());
        using var none = new ServiceCollection().AddMedPayRules(o => o.SettlementPack = null).BuildServiceProvider();
        Assert.Null(none.GetService<SettlementValidator>());
    }

    [Fact]
    public void A_scheme_folder_is_loaded_once_with_the_configured_grouping_options()
    {
        var services = new ServiceCollection().AddMedPayRules(o =>
        {
            o.DrgPack = SharedFixtures.ChsDrg11;
            o.DipPack = null;
            o.DrgGrouping = new DrgGroupingOptions { IncludeTrace = true };
        });
        using var provider = services.BuildServiceProvider();
        var grouper = provider.GetRequiredService<DrgGrouper>();
        // The case of GroupCommandTests (expected result checked there against the national tables): benign lung neoplasm D14.302 with
        // J61.x00x001, no procedure → respiratory MDCE, ADRG ER1, DRG ER13.
        var result = grouper.Group(new DrgCase { Sex = Sex.Male, AgeYears = 40, AgeDays = 14610, LengthOfStayDays = 5, Discharge = 1, Diagnoses = new[] { "D14.302", "J61.x00x001" } });
        Assert.Equal(("MDCE", "ER1", "ER13"), (result.MdcCode, result.AdrgCode, result.DrgCode));
        Assert.NotNull(result.Trace);
        Assert.Null(provider.GetService<DipEngine>());
        Assert.Null(provider.GetService<DipCatalogue>());
    }

    [Fact]
    public void A_zipped_pack_and_a_pack_in_memory_both_work()
    {
        var folder = Path.Combine(SharedFixtures.RepositoryRoot, "rules", DrgScheme.DefaultEmbeddedPackId);
        var zip = Path.Combine(Path.GetTempPath(), "medpay-di-" + Guid.NewGuid().ToString("N") + ".zip");
        ZipFile.CreateFromDirectory(folder, zip);
        try
        {
            using var fromZip = new ServiceCollection().AddMedPayRules(o => o.DrgPack = zip).BuildServiceProvider();
            Assert.Equal("HC23", fromZip.GetRequiredService<DrgGrouper>().Group(E01).DrgCode);

            var files = Directory.GetFiles(folder).Select(f => new KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f)));
            using var fromMemory = new ServiceCollection().AddMedPayRules(o => o.DrgRulePack = RulePack.FromTexts(files)).BuildServiceProvider();
            Assert.Equal("HC23", fromMemory.GetRequiredService<DrgGrouper>().Group(E01).DrgCode);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public void The_first_registration_wins_and_a_broken_pack_fails_on_first_resolution_with_its_issues()
    {
        var own = DrgScheme.LoadDefault();
        var services = new ServiceCollection();
        services.AddSingleton(own);
        services.AddMedPayRules(o => o.DrgPack = "/no/such/pack");
        using (var provider = services.BuildServiceProvider())
        {
            Assert.Same(own, provider.GetRequiredService<DrgGrouper>().Scheme);
        }

        using var broken = new ServiceCollection().AddMedPayRules(o => o.DrgPack = "/no/such/pack").BuildServiceProvider();
        var error = Assert.Throws<RulePackException>(() => broken.GetRequiredService<DrgGrouper>());
        Assert.NotEmpty(error.Issues);
        Assert.Throws<ArgumentNullException>(() => MedPayRulesServiceCollectionExtensions.AddMedPayRules(null!));
    }
    [Fact]
    public void UseWorkbooks_lets_DrgPack_name_the_official_workbook_and_the_grouper_groups_a_fixture_case_as_expected()
    {
        var workbook = Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx");
        using var provider = new ServiceCollection().AddMedPayRules(o => o.UseWorkbooks().DrgPack = workbook).BuildServiceProvider();
        var grouper = provider.GetRequiredService<DrgGrouper>();
        Assert.Same(grouper, provider.GetRequiredService<DrgGrouper>());
        Assert.Equal(DrgScheme.WorkbookFormatName, grouper.Scheme.Manifest.Format);

        // The first case of ../chs-drg-1.1/cases.csv, with the mdc, adrg and drg that file gives for it.
        var record = ConformanceFixture.Cases[0];
        var expected = FixtureFacts.Rows(SharedFixtures.ChsDrg11, "cases.csv")[0];
        Assert.Equal(expected[0], record.Id);
        var result = grouper.Group(record.Case!);
        Assert.True((result.MdcCode, result.AdrgCode, result.DrgCode) == (expected[^3], expected[^2], expected[^1]),
            $"{workbook} {record.Id}: expected {string.Join("/", expected[^3..])}, got {result}");

        // The folder form, and a workbook pack built in memory (DrgRulePack), work the same way.
        using var folder = new ServiceCollection().AddMedPayRules(o => o.UseWorkbooks().DrgPack = SharedFixtures.ChsDrg11Workbook).BuildServiceProvider();
        Assert.Equal(result.ToString(), folder.GetRequiredService<DrgGrouper>().Group(record.Case!).ToString());
        using var memory = new ServiceCollection().AddMedPayRules(o => o.UseWorkbooks().DrgRulePack = new TestWorkbook().Pack()).BuildServiceProvider();
        // TestWorkbook (as MiniScheme): A01.000 with 01.0001 and B02.000, a CC whose exclusion table 2 lists only A02.000 → XA13.
        Assert.Equal("XA13", memory.GetRequiredService<DrgGrouper>().Group(MiniScheme.Case("A01.000|B02.000", "01.0001")).DrgCode);
    }

    [Fact]
    public void Without_UseWorkbooks_a_workbook_DrgPack_fails_on_first_resolution_with_WB_READER_MISSING()
    {
        var workbook = Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx");
        var services = new ServiceCollection().AddMedPayRules(o => o.DrgPack = workbook); // registering does not read the pack
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<RulePackException>(() => provider.GetRequiredService<DrgGrouper>());
        var issue = Assert.Single(error.Issues);
        Assert.Equal("WB_READER_MISSING", issue.Code);
        Assert.Contains("MedPay.Rules.Workbooks", issue.Message.En);
        Assert.Contains("workbook.xlsx", issue.Message.En);

        using var folder = new ServiceCollection().AddMedPayRules(o => o.DrgPack = SharedFixtures.ChsDrg11Workbook).BuildServiceProvider();
        Assert.Equal("WB_READER_MISSING", Assert.Single(Assert.Throws<RulePackException>(() => folder.GetRequiredService<DrgScheme>()).Issues).Code);
    }
}
