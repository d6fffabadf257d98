using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// Loading and compiling the full national scheme (26 MDC, 376 ADRG, 628 DRG, ~99,000 set rows, 47k dictionary codes): from the
/// folder pack, and from the same scheme rendered as the official NHSA workbook (chs-drg-1.1-workbook: 3 MB .xlsx, 0.6 million cells).
/// </summary>
[MemoryDiagnoser]
public class SchemeLoadBenchmarks
{
    private RulePack _pack = null!;
    private RulePack _workbook = null!;
    private ReadOnlyMemory<byte> _xlsx;

    [GlobalSetup]
    public void Setup()
    {
        _pack = RulePack.FromDirectory(Fixtures.ChsDrg11);
        _workbook = RulePack.FromDirectory(Fixtures.ChsDrg11Workbook);
        _xlsx = _workbook.ReadBytes("workbook.xlsx")!.Value;
    }

    /// <summary>Parse, validate and compile the scheme from files already in memory.</summary>
    [Benchmark]
    public DrgScheme LoadFromMemory() => DrgScheme.Load(_pack);

    /// <summary>Read the folder from disk, hash it, parse, validate and compile.</summary>
    [Benchmark]
    public DrgScheme LoadFromFolder() => DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11));

    /// <summary>The workbook pack already in memory: read the xlsx, clean, reorder, compile (the import report included).</summary>
    [Benchmark]
    public DrgScheme LoadWorkbookFromMemory() => DrgScheme.Load(_workbook, XlsxWorkbookReader.Instance);

    /// <summary>The workbook pack from disk: read the folder (workbook and dictionaries), hash it, then as above.</summary>
    [Benchmark]
    public DrgScheme LoadWorkbookFromFolder() => DrgWorkbook.Load(Fixtures.ChsDrg11Workbook);

    /// <summary>Only the xlsx reading: every cell of the six sheets.</summary>
    [Benchmark]
    public Workbook ReadWorkbookCells() => XlsxWorkbookReader.Instance.Read(_xlsx, "workbook.xlsx", WorkbookReadLimits.Default).Workbook!;
}
