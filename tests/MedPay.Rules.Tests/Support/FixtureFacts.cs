namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Facts read straight from a conformance folder's files, without the library: row counts, distinct codes and the CC list.
/// Tests compare the library's view of a fixture with these, so that they hold whatever the fixture's size and whichever
/// cases it holds, and every failure names the folder that was read.
/// </summary>
public static class FixtureFacts
{
    /// <summary>The data lines of a CSV file (header and blank lines left out), split on commas; for files without quoted fields.</summary>
    public static IReadOnlyList<string[]> Rows(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    /// <summary>The number of data lines of a CSV file (quoted names with commas do not matter: every row is one line).</summary>
    public static int RowCount(string folder, string file) => File.ReadLines(Path.Combine(folder, file)).Skip(1).Count(l => l.Length > 0);

    /// <summary>The distinct values of a code column that comes before any quoted column (mdc.csv's mdc, adrg.csv's adrg, drg.csv's drg).</summary>
    public static int DistinctCodes(string folder, string file, int column) =>
        File.ReadLines(Path.Combine(folder, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[column]).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The (MDC, ADRG, DRG) counts of a scheme folder, from its mdc.csv, adrg.csv and drg.csv.</summary>
    public static (int Mdc, int Adrg, int Drg) SchemeCounts(string folder) =>
        (DistinctCodes(folder, "mdc.csv", 1), DistinctCodes(folder, "adrg.csv", 2), RowCount(folder, "drg.csv"));

    /// <summary>How the library summarises a scheme of those counts, e.g. <c>26 MDC, 376 ADRG, 628 DRG</c>.</summary>
    public static string SchemeSummary(string folder)
    {
        var (mdc, adrg, drg) = SchemeCounts(folder);
        return $"{mdc} MDC, {adrg} ADRG, {drg} DRG";
    }

    /// <summary>The CC list of a fixture folder: (level, exclusion group) rows by code, and the exclusion groups that list each main diagnosis.</summary>
    public sealed class CcList
    {
        public CcList(string folder)
        {
            Folder = folder;
            foreach (var f in Rows(folder, "cc.csv"))
            {
                if (!Levels.TryGetValue(f[0], out var list)) Levels.Add(f[0], list = new List<(string, string)>());
                list.Add((f[1], f[2]));
            }

            foreach (var f in Rows(folder, "cc_exclusions.csv"))
            {
                if (!GroupsOfMain.TryGetValue(f[1], out var set)) GroupsOfMain.Add(f[1], set = new HashSet<string>(StringComparer.Ordinal));
                set.Add(f[0]);
            }
        }

        public string Folder { get; }

        public Dictionary<string, List<(string Level, string Group)>> Levels { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> GroupsOfMain { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether a CC row's exclusion group lists the main diagnosis (drg-scheme-tables.md: the code does not count).</summary>
        public bool Excludes(string group, string main) => group.Length > 0 && GroupsOfMain.TryGetValue(main, out var groups) && groups.Contains(group);
    }
}
