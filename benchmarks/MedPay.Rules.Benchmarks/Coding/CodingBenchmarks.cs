using BenchmarkDotNet.Attributes;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Benchmarks.Coding;

/// <summary>
/// Normalise + look up input codes against the national CHS-DRG 1.1 dictionaries (33,304 diagnoses, 13,686 procedures) on one
/// core: 10,000 codes per invoke, so codes per second = 10,000 / mean. Clean input (dictionary spelling), messy input (every code
/// lower case, with a missing dot, full-width digits or padding), and the version map. Memory diagnoser: must be 0 B. The Min column
/// is the figure to read on a shared machine.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class CodingBenchmarks
{
    private const int Count = 10_000;
    private CodeDictionary _diagnoses = null!;
    private CodeDictionary _procedures = null!;
    private CodeMap _map = null!;
    private string[] _clean = null!;
    private string[] _messy = null!;
    private bool[] _isProcedure = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11));
        _diagnoses = scheme.Diagnoses;
        _procedures = scheme.Procedures;
        _map = scheme.DiagnosisMap;
        var random = new Random(20261123);
        _clean = new string[Count];
        _messy = new string[Count];
        _isProcedure = new bool[Count];
        for (var i = 0; i < Count; i++)
        {
            var procedure = random.Next(4) == 0;
            var dictionary = procedure ? _procedures : _diagnoses;
            var code = dictionary.Entries[random.Next(dictionary.Count)].Code;
            _isProcedure[i] = procedure;
            _clean[i] = code;
            _messy[i] = (i % 4) switch
            {
                0 => " " + code.ToLowerInvariant() + " ",
                1 => code.Remove(code.IndexOf('.'), 1),
                2 => new string(code.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c).ToArray()),
                _ => code.ToLowerInvariant() + "。",
            };
        }
    }

    /// <summary>Codes as the dictionary writes them.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ResolveClean() => Resolve(_clean);

    /// <summary>Messy codes: every one needs the text rules.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ResolveMessy() => Resolve(_messy);

    /// <summary>Canonicalise and look up in the diagnosis version map (the step before the dictionary when mapping is on).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int MapMessyDiagnoses()
    {
        Span<char> buffer = stackalloc char[CodeText.StackBufferLength];
        var found = 0;
        for (var i = 0; i < _messy.Length; i++)
        {
            var code = _messy[i];
            var length = CodeText.Canonicalize(code.AsSpan(), buffer);
            if (_map.Find(buffer.Slice(0, length)) >= 0) found++;
        }

        return found;
    }

    private int Resolve(string[] codes)
    {
        var found = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            var dictionary = _isProcedure[i] ? _procedures : _diagnoses;
            if (dictionary.TryResolve(codes[i].AsSpan(), out _)) found++;
        }

        return found;
    }
}
