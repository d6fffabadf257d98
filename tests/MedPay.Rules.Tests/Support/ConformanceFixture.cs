using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.Support;

/// <summary>The national CHS-DRG 1.1 conformance scheme and cases, loaded once per test run.</summary>
public static class ConformanceFixture
{
    private static readonly Lazy<DrgScheme> LazyScheme = new(() => DrgScheme.Load(RulePack.FromDirectory(SharedFixtures.ChsDrg11)));
    private static readonly Lazy<IReadOnlyList<DrgCaseRecord>> LazyCases = new(() =>
        DrgCaseCsv.Parse(File.ReadAllText(Path.Combine(SharedFixtures.ChsDrg11, "cases.csv")), "cases.csv", out _));

    public static DrgScheme Scheme => LazyScheme.Value;

    public static IReadOnlyList<DrgCaseRecord> Cases => LazyCases.Value;
}
