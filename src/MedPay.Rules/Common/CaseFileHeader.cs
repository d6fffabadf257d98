using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules;

/// <summary>
/// The header line of a case file as a <see cref="CaseFileReader{TRecord}"/> opens it: the column names, the header's own problems
/// (its quoting, repeated names) and where each name first stands (case-insensitive), with the CSV reader positioned at the first record.
/// </summary>
internal sealed class CaseFileHeader
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    private CaseFileHeader(CsvRecordReader csv, string fileName, ImmutableArray<string> names, ImmutableArray<Issue> issues)
    {
        Csv = csv;
        FileName = fileName;
        Names = names;
        Issues = issues;
        for (var i = 0; i < names.Length; i++)
        {
            if (!_byName.ContainsKey(names[i])) _byName.Add(names[i], i);
        }
    }

    /// <summary>The CSV reader, after the header.</summary>
    public CsvRecordReader Csv { get; }

    /// <summary>The file name, for issue locations.</summary>
    public string FileName { get; }

    /// <summary>The column names (empty when the text is empty).</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The header's quoting problem and repeated column names (warnings), in that order.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Reads the header line of <paramref name="reader"/>.</summary>
    public static CaseFileHeader Read(TextReader reader, string fileName)
    {
        var csv = new CsvRecordReader(reader, fileName);
        var fields = new List<string>(16);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var names = ImmutableArray<string>.Empty;
        if (csv.Read(fields, out _, out var quoting))
        {
            if (quoting is not null) issues.Add(quoting);
            names = fields.ToImmutableArray();
            issues.AddRange(CsvDocument.DuplicateColumns(names, fileName));
        }

        return new CaseFileHeader(csv, fileName, names, issues.ToImmutable());
    }

    /// <summary>The 0-based position of the first column so named (ignoring case), or -1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var index) ? index : -1;
}
