using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>Loading and compiling the full national scheme (26 MDC, 376 ADRG, 628 DRG, 98,636 table rows, 47k dictionary codes).</summary>
[MemoryDiagnoser]
public class SchemeLoadBenchmarks
{
    private RulePack _pack = null!;

    [GlobalSetup]
    public void Setup() => _pack = RulePack.FromDirectory(Fixtures.ChsDrg11);

    /// <summary>Parse, validate and compile the scheme from files already in memory.</summary>
    [Benchmark]
    public DrgScheme LoadFromMemory() => DrgScheme.Load(_pack);

    /// <summary>Read the folder from disk, hash it, parse, validate and compile.</summary>
    [Benchmark]
    public DrgScheme LoadFromFolder() => DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11));
}
