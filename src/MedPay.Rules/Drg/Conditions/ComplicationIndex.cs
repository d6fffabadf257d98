using MedPay.Rules.Coding;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The CC/MCC list and exclusion tables of a scheme, indexed by code id. A code may have several rows (regional schemes list
/// some codes both as CC and as MCC, or with two exclusion groups): each row has its level and exclusion group and counts on
/// its own (drg-scheme-tables.md: <c>has_mcc</c> and <c>has_cc</c> each look at rows of their own level; nhsa-drg-workbook.md:
/// "each row counts on its own"). For each main diagnosis the index keeps the exclusion groups that list it.
/// </summary>
internal sealed class ComplicationIndex
{
    private readonly int[] _offsets;   // per code id: its rows are _rowLevel/_rowGroup[_offsets[id] .. _offsets[id + 1])
    private readonly byte[] _rowLevel; // 1 CC, 2 MCC
    private readonly int[] _rowGroup;  // exclusion group id of the row, -1 none
    private readonly int[]?[] _excludedGroupsByMain; // group ids per main diagnosis id

    /// <summary>Builds the index.</summary>
    /// <param name="codeCount">The size of the scheme's code space.</param>
    /// <param name="rows">The CC rows (code id, level, exclusion group id or -1), in file order; repeats of one code are allowed.</param>
    /// <param name="excludedGroupsByMain">The exclusion groups listing each main diagnosis id, or null.</param>
    /// <param name="groupNames">The exclusion group names by id.</param>
    public ComplicationIndex(int codeCount, IReadOnlyList<(int Id, ComplicationLevel Level, int Group)> rows, int[]?[] excludedGroupsByMain, string[] groupNames)
    {
        _offsets = new int[codeCount + 1];
        foreach (var row in rows) _offsets[row.Id + 1]++;
        for (var id = 0; id < codeCount; id++) _offsets[id + 1] += _offsets[id];
        _rowLevel = new byte[rows.Count];
        _rowGroup = new int[rows.Count];
        // Place each row at its code's cursor (the cursors run in _offsets itself), then shift the cursors back into starts.
        foreach (var row in rows)
        {
            var at = _offsets[row.Id]++;
            _rowLevel[at] = (byte)row.Level;
            _rowGroup[at] = row.Group;
        }

        for (var id = codeCount; id > 0; id--) _offsets[id] = _offsets[id - 1];
        _offsets[0] = 0;

        _excludedGroupsByMain = excludedGroupsByMain;
        GroupNames = groupNames;
    }

    public string[] GroupNames { get; }

    /// <summary>The number of CC rows of a code (0 when the code is not listed).</summary>
    public int RowCount(int id) => id >= 0 && id < _offsets.Length - 1 ? _offsets[id + 1] - _offsets[id] : 0;

    /// <summary>The level of the code's <paramref name="k"/>-th row.</summary>
    public ComplicationLevel Level(int id, int k) => (ComplicationLevel)_rowLevel[_offsets[id] + k];

    /// <summary>The exclusion group id of the code's <paramref name="k"/>-th row, -1 when it names none.</summary>
    public int Group(int id, int k) => _rowGroup[_offsets[id] + k];

    /// <summary>The rows of the exclusion tables: each main diagnosis id with each exclusion group id that lists it, by main id.</summary>
    public IEnumerable<(int Main, int Group)> ExclusionRows()
    {
        for (var main = 0; main < _excludedGroupsByMain.Length; main++)
        {
            if (_excludedGroupsByMain[main] is not { } groups) continue;
            foreach (var group in groups) yield return (main, group);
        }
    }

    /// <summary>The exclusion group that removes the code's <paramref name="k"/>-th row for this main diagnosis, or -1 when the row counts.</summary>
    public int ExcludingGroup(int id, int k, int mainId)
    {
        var group = _rowGroup[_offsets[id] + k];
        if (group < 0 || mainId < 0 || mainId >= _excludedGroupsByMain.Length) return -1;
        var groups = _excludedGroupsByMain[mainId];
        if (groups is null) return -1;
        foreach (var g in groups)
        {
            if (g == group) return group;
        }

        return -1;
    }

    /// <summary>Prefetches where a code's rows start, and the exclusion groups of the code as a main diagnosis (first stage).</summary>
    public void PrefetchOffsets(int id, bool main)
    {
        MemoryHint.Prefetch(_offsets, id);
        if (main) MemoryHint.Prefetch(_excludedGroupsByMain, id);
    }

    /// <summary>Prefetches a code's rows and, for a main diagnosis, its exclusion groups (second stage).</summary>
    public void PrefetchRows(int id, bool main)
    {
        if ((uint)id >= (uint)(_offsets.Length - 1)) return;
        var start = _offsets[id];
        if (_offsets[id + 1] > start)
        {
            MemoryHint.Prefetch(_rowLevel, start);
            MemoryHint.Prefetch(_rowGroup, start);
        }

        if (main && id < _excludedGroupsByMain.Length) MemoryHint.Prefetch(_excludedGroupsByMain[id]);
    }

    /// <summary>Computes whether the other diagnoses hold an unexcluded MCC row and an unexcluded CC row.</summary>
    public void Evaluate(ReadOnlySpan<int> dx, out bool hasMcc, out bool hasCc)
    {
        hasMcc = false;
        hasCc = false;
        if (dx.Length < 2) return;
        var main = dx[0];
        for (var i = 1; i < dx.Length; i++)
        {
            var id = dx[i];
            if ((uint)id >= (uint)(_offsets.Length - 1)) continue;
            var end = _offsets[id + 1];
            for (var k = _offsets[id]; k < end; k++)
            {
                if (ExcludingGroup(id, k - _offsets[id], main) >= 0) continue;
                if (_rowLevel[k] == (byte)ComplicationLevel.Mcc) hasMcc = true;
                else hasCc = true;
            }
        }
    }
}
