using System.Collections.Immutable;
using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>
/// Compares two schemes — two versions of a region's scheme, or a region against the national one — and lists what was
/// added, removed or changed: MDC, ADRG and DRG rows (names and conditions), code tables (codes in and out), the CC/MCC list
/// and the dictionaries. The input of a version switch-over review (1.1 → 2.0 → 3.0). Conditions are compared in one form
/// whatever language they were written in (a folder pack's condition, a workbook's rule): the compiled condition written in the
/// folder language, so a folder pack and a workbook compare by meaning, and spacing alone is no change.
/// </summary>
public static class DrgSchemeDiff
{
    /// <summary>Lists the differences from <paramref name="before"/> to <paramref name="after"/>, grouped by subject in a stable order.</summary>
    /// <param name="before">The older scheme.</param>
    /// <param name="after">The newer scheme.</param>
    /// <returns>The changes.</returns>
    public static ImmutableArray<DrgSchemeChange> Compare(DrgScheme before, DrgScheme after)
    {
        if (before is null) throw new ArgumentNullException(nameof(before));
        if (after is null) throw new ArgumentNullException(nameof(after));
        var changes = ImmutableArray.CreateBuilder<DrgSchemeChange>();
        Rows(changes, "mdc", Mdcs(before), Mdcs(after));
        Rows(changes, "adrg", Adrgs(before), Adrgs(after));
        Rows(changes, "drg", Drgs(before), Drgs(after));
        Tables(changes, before, after);
        Rows(changes, "cc", Complications(before), Complications(after));
        Rows(changes, "diagnosis", before.Diagnoses.Entries.ToDictionary(e => e.Code, e => e.Name), after.Diagnoses.Entries.ToDictionary(e => e.Code, e => e.Name));
        Rows(changes, "procedure", before.Procedures.Entries.ToDictionary(e => e.Code, e => e.Name), after.Procedures.Entries.ToDictionary(e => e.Code, e => e.Name));
        return changes.ToImmutable();
    }

    private static string Text(DrgScheme scheme, Condition condition) => ConditionWriter.Write(condition, id => scheme.Codes[id]);

    private static Dictionary<string, string> Mdcs(DrgScheme scheme) =>
        scheme.Compiled.GroupBy(m => m.Definition.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Definition.Name + " | " + Text(scheme, g.First().Condition), StringComparer.Ordinal);

    private static Dictionary<string, string> Adrgs(DrgScheme scheme) => scheme.Compiled.SelectMany(m => m.Rules)
        .GroupBy(r => r.Adrg.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Adrg.Name + " | " + g.First().Adrg.Kind.ToString().ToLowerInvariant() + " | "
            + string.Join(" ; ", g.Select(r => r.Row.Mdc + "#" + r.Row.Seq + ": " + Text(scheme, r.Condition))), StringComparer.Ordinal);

    private static Dictionary<string, string> Drgs(DrgScheme scheme) => scheme.Compiled.SelectMany(m => m.Rules).SelectMany(r => r.Drgs)
        .GroupBy(d => d.Definition.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Definition.Name + " | " + Text(scheme, g.First().Condition), StringComparer.Ordinal);

    private static Dictionary<string, string> Complications(DrgScheme scheme)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = scheme.Complications;
        for (var id = 0; id < scheme.Codes.Count; id++)
        {
            var rows = index.RowCount(id);
            if (rows == 0) continue;
            // A code may be listed at both levels (regional schemes): the levels it has, e.g. "CC+MCC".
            map[scheme.Codes[id]] = string.Join("+", Enumerable.Range(0, rows).Select(k => index.Level(id, k).ToString().ToUpperInvariant()).Distinct().OrderBy(l => l, StringComparer.Ordinal));
        }

        return map;
    }

    private static void Rows(ImmutableArray<DrgSchemeChange>.Builder changes, string subject, Dictionary<string, string> before, Dictionary<string, string> after)
    {
        foreach (var code in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var inBefore = before.TryGetValue(code, out var old);
            var inAfter = after.TryGetValue(code, out var now);
            if (!inBefore) changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Added, subject, code, null, now));
            else if (!inAfter) changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Removed, subject, code, old, null));
            else if (!string.Equals(old, now, StringComparison.Ordinal)) changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Changed, subject, code, old, now));
        }
    }

    private static void Tables(ImmutableArray<DrgSchemeChange>.Builder changes, DrgScheme before, DrgScheme after)
    {
        var oldTables = TableCodes(before);
        var newTables = TableCodes(after);
        foreach (var name in oldTables.Keys.Union(newTables.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var hasOld = oldTables.TryGetValue(name, out var old);
            var hasNew = newTables.TryGetValue(name, out var now);
            if (!hasOld) changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Added, "table", name, null, Summary(now!)));
            else if (!hasNew) changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Removed, "table", name, Summary(old!), null));
            else
            {
                var removed = old!.Except(now!).OrderBy(c => c, StringComparer.Ordinal).ToList();
                var added = now!.Except(old!).OrderBy(c => c, StringComparer.Ordinal).ToList();
                if (removed.Count + added.Count == 0) continue;
                changes.Add(new DrgSchemeChange(DrgSchemeChangeKind.Changed, "table", name,
                    removed.Count == 0 ? null : "-" + string.Join(" -", removed), added.Count == 0 ? null : "+" + string.Join(" +", added)));
            }
        }
    }

    private static string Summary(HashSet<string> codes) => codes.Count + " codes: " + string.Join(" ", codes.OrderBy(c => c, StringComparer.Ordinal).Take(10)) + (codes.Count > 10 ? " …" : string.Empty);

    private static Dictionary<string, HashSet<string>> TableCodes(DrgScheme scheme)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in scheme.Tables)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var id = 0; id < scheme.Codes.Count; id++)
            {
                if (table.Contains(id)) codes.Add(scheme.Codes[id]);
            }

            result[table.Name] = codes;
        }

        return result;
    }
}
