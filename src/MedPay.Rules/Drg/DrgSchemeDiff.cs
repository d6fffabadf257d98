using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>
/// Compares two schemes — two versions of a region's scheme, or a region against the national one — and lists what was
/// added, removed or changed: MDC, ADRG and DRG rows (names and conditions), code tables (codes in and out), the CC/MCC list
/// and the dictionaries. The input of a version switch-over review (1.1 → 2.0 → 3.0).
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
        Rows(changes, "mdc", before.Mdcs.ToDictionary(m => m.Code, m => m.Name + " | " + m.Condition), after.Mdcs.ToDictionary(m => m.Code, m => m.Name + " | " + m.Condition));
        Rows(changes, "adrg", before.Adrgs.ToDictionary(a => a.Code, AdrgText), after.Adrgs.ToDictionary(a => a.Code, AdrgText));
        Rows(changes, "drg", before.Drgs.ToDictionary(d => d.Code, d => d.Name + " | " + d.Condition), after.Drgs.ToDictionary(d => d.Code, d => d.Name + " | " + d.Condition));
        Tables(changes, before, after);
        Rows(changes, "cc", Complications(before), Complications(after));
        Rows(changes, "diagnosis", before.Diagnoses.Entries.ToDictionary(e => e.Code, e => e.Name), after.Diagnoses.Entries.ToDictionary(e => e.Code, e => e.Name));
        Rows(changes, "procedure", before.Procedures.Entries.ToDictionary(e => e.Code, e => e.Name), after.Procedures.Entries.ToDictionary(e => e.Code, e => e.Name));
        return changes.ToImmutable();
    }

    private static string AdrgText(AdrgDefinition adrg) =>
        adrg.Name + " | " + adrg.Kind.ToString().ToLowerInvariant() + " | " + string.Join(" ; ", adrg.Rules.Select(r => r.Mdc + "#" + r.Seq + ": " + r.Condition));

    private static Dictionary<string, string> Complications(DrgScheme scheme)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = scheme.Complications;
        for (var id = 0; id < scheme.Codes.Count; id++)
        {
            if (index.LevelOf(id) is { } level) map[scheme.Codes[id]] = level.ToString().ToUpperInvariant();
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
