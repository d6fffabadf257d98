using MedPay.Rules.Cli;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary><c>medpay rules check</c> and <see cref="RulePackContent"/>: any pack, read as the kind its manifest declares.</summary>
[Collection(nameof(ConsoleCollection))]
public class RulesCommandTests
{
    [Theory]
    [InlineData("chs-drg-2.0-excerpt", RulePackKind.Drg, typeof(DrgScheme))]
    [InlineData("dip-example", RulePackKind.Dip, typeof(DipCatalogue))]
    [InlineData("drg-payment-example", RulePackKind.Payment, typeof(PaymentParameters))]
    [InlineData("settlement-national", RulePackKind.Settlement, typeof(SettlementRuleCatalogue))]
    [InlineData("settlement-example-region", RulePackKind.Settlement, typeof(SettlementRuleCatalogue))]
    [InlineData("retention-seed", RulePackKind.Retention, typeof(RetentionPolicy))]
    [InlineData("retention-quota-example", RulePackKind.Retention, typeof(RetentionPolicy))]
    public void Every_embedded_pack_loads_as_the_kind_its_manifest_declares(string id, RulePackKind kind, Type model)
    {
        var content = RulePackContent.TryLoad(RulePack.Embedded(id));
        Assert.Equal(kind, content.Kind);
        Assert.IsType(model, content.Model);
        Assert.DoesNotContain(content.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.NotEqual(string.Empty, content.Summary);
    }

    [Fact]
    public void Every_embedded_pack_is_covered_above_and_checks_clean_through_the_command_line()
    {
        Assert.Equal(7, RulePack.EmbeddedPackIds.Length);
        foreach (var id in RulePack.EmbeddedPackIds) Assert.Equal(0, Program.Main(new[] { "rules", "check", "--pack", id }));
    }

    [Fact]
    public void A_pack_read_as_the_wrong_kind_or_a_broken_pack_reports_errors_without_throwing()
    {
        // The payment example read as a DRG scheme: none of the scheme's tables are there.
        var wrong = RulePackContent.TryLoad(RulePack.Embedded("drg-payment-example"), RulePackKind.Drg);
        Assert.False(wrong.Succeeded);
        Assert.Contains(wrong.Issues, i => i.Severity == IssueSeverity.Error);

        var broken = new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,x,surgical,main_dx in NO_SUCH_TABLE\n").Pack();
        var content = RulePackContent.TryLoad(broken);
        Assert.Equal(RulePackKind.Drg, content.Kind);
        Assert.Null(content.Model);
        Assert.Contains(content.Issues, i => i.Severity == IssueSeverity.Error);

        Assert.Equal(2, Program.Main(new[] { "rules", "check", "--pack", "/no/such/pack" }));
    }
}
