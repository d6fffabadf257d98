using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>The unknown-code policy: default, per call, per pack; the main diagnosis is never dropped.</summary>
public class UnknownCodePolicyTests
{
    private static DrgGrouper Grouper(UnknownCodePolicy? policy, MiniScheme? mini = null) =>
        (mini ?? new MiniScheme()).Load().CreateGrouper(new DrgGroupingOptions { UnknownCodes = policy });

    // Mini scheme: A01.000 is in X_DX; with main procedure 01.0001 the case is surgical XA1, DRG XA15 without CC;
    // without a procedure it is medical XR19.
    [Fact]
    public void The_default_rejects_the_case_and_names_the_code()
    {
        var result = Grouper(null).Group(MiniScheme.Case("A01.000|Z99.999", "01.0001"));
        Assert.Equal(DrgGroupingStatus.InvalidInput, result.Status);
        Assert.Contains(result.Issues, i => i.Code == "CODE_UNKNOWN" && i.Field == "diagnoses[1]" && i.Value == "Z99.999");
        Assert.Equal(UnknownCodePolicy.Reject, new MiniScheme().Load().UnknownCodePolicy);
    }

    [Fact]
    public void Drop_and_report_leaves_out_unknown_other_codes_with_a_warning()
    {
        var result = Grouper(UnknownCodePolicy.DropAndReport).Group(MiniScheme.Case("A01.000|Z99.999", "99.9999|01.0001"));
        // 99.9999 dropped, so 01.0001 is the main procedure: XA15.
        Assert.Equal("XA15", result.DrgCode);
        var dropped = result.Issues.Where(i => i.Code == "CODE_DROPPED").ToList();
        Assert.Equal(new[] { "diagnoses[1]", "procedures[0]" }, dropped.Select(i => i.Field));
        Assert.All(dropped, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Equal("code Z99.999 could not be resolved (not in the scheme's diagnosis dictionary); left out under policy drop_and_report", dropped[0].Message.En);
    }

    [Fact]
    public void The_main_diagnosis_is_never_dropped()
    {
        var result = Grouper(UnknownCodePolicy.DropAndReport).Group(MiniScheme.Case("Z99.999|A01.000"));
        Assert.Equal(DrgGroupingStatus.InvalidInput, result.Status);
        Assert.Contains(result.Issues, i => i.Code == "CODE_UNKNOWN" && i.Field == "diagnoses[0]");
    }

    [Fact]
    public void Treat_unknown_procedure_as_none_drops_procedures_only()
    {
        var grouper = Grouper(UnknownCodePolicy.TreatUnknownProcedureAsNone);
        var result = grouper.Group(MiniScheme.Case("A01.000", "99.9999"));
        Assert.Equal("XR19", result.DrgCode); // no procedure left: medical
        Assert.Single(result.Issues, i => i.Code == "CODE_DROPPED" && i.Field == "procedures[0]");
        Assert.Equal(DrgGroupingStatus.InvalidInput, grouper.Group(MiniScheme.Case("A01.000|Z99.999")).Status);
    }

    [Fact]
    public void Ambiguous_codes_follow_the_policy_too()
    {
        // "C01" is a category; the default mini dictionary has only C01.000 under it, so C01 → C01.000 (ZEROS_PADDED).
        var result = Grouper(null).Group(MiniScheme.Case("A01.000|C01"));
        Assert.Contains(result.Issues, i => i.Code == "CODE_NORMALIZED" && i.Message.En == "code C01 read as C01.000 (ZEROS_PADDED)");
        var mini = new MiniScheme().With("diagnoses.csv", "code,name\nA01.000,甲一\nA02.000,甲二\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\nC01.000,丙一\nC01.001,丙一一\n");
        var rejected = Grouper(null, mini).Group(MiniScheme.Case("A01.000|C01"));
        Assert.Contains(rejected.Issues, i => i.Code == "CODE_AMBIGUOUS" && i.Message.En == "code C01 could be one of 2 codes: C01.000, C01.001; none was chosen");
        var dropped = Grouper(UnknownCodePolicy.DropAndReport, mini).Group(MiniScheme.Case("A01.000|C01"));
        Assert.Equal("XR19", dropped.DrgCode);
        Assert.Contains(dropped.Issues, i => i.Code == "CODE_DROPPED" && i.Message.En.Contains("could be C01.000, C01.001"));
    }

    [Fact]
    public void A_pack_sets_its_default_and_a_call_overrides_it()
    {
        var mini = new MiniScheme().With("scheme.json", "{\"id\":\"mini\",\"format\":\"drg-scheme-tables/1\",\"unknown_code_policy\":\"treat_unknown_procedure_as_none\"}");
        var scheme = mini.Load();
        Assert.Equal(UnknownCodePolicy.TreatUnknownProcedureAsNone, scheme.UnknownCodePolicy);
        Assert.Equal("XR19", scheme.CreateGrouper().Group(MiniScheme.Case("A01.000", "99.9999")).DrgCode);
        var strict = scheme.CreateGrouper(new DrgGroupingOptions { UnknownCodes = UnknownCodePolicy.Reject });
        Assert.Equal(DrgGroupingStatus.InvalidInput, strict.Group(MiniScheme.Case("A01.000", "99.9999")).Status);
    }

    [Fact]
    public void A_pack_with_an_unknown_policy_name_does_not_load()
    {
        var result = new MiniScheme().With("scheme.json", "{\"id\":\"mini\",\"unknown_code_policy\":\"ignore\"}").TryLoad();
        Assert.Null(result.Scheme);
        var issue = Assert.Single(result.Issues, i => i.Code == "PACK_UNKNOWN_CODE_POLICY_INVALID");
        Assert.Equal("unknown_code_policy ignore is not one of reject, drop_and_report, treat_unknown_procedure_as_none", issue.Message.En);
    }
}
