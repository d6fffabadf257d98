namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The CC/MCC list and exclusion tables of a scheme, indexed by code id: each listed code's level and exclusion group,
/// and for each main diagnosis the exclusion groups that apply to it.
/// </summary>
internal sealed class ComplicationIndex
{
    private readonly byte[] _level;       // 0 none, 1 CC, 2 MCC
    private readonly int[] _group;        // exclusion group id of a listed code, -1 none
    private readonly int[]?[] _excludedGroupsByMain; // sorted group ids per main diagnosis id

    public ComplicationIndex(byte[] level, int[] group, int[]?[] excludedGroupsByMain, string[] groupNames)
    {
        _level = level;
        _group = group;
        _excludedGroupsByMain = excludedGroupsByMain;
        GroupNames = groupNames;
    }

    public string[] GroupNames { get; }

    public ComplicationLevel? LevelOf(int id) => id >= 0 && id < _level.Length && _level[id] != 0 ? (ComplicationLevel)_level[id] : null;

    /// <summary>The exclusion group that removes this listed code for this main diagnosis, or -1 when the code counts.</summary>
    public int ExcludingGroup(int id, int mainId)
    {
        var group = _group[id];
        if (group < 0 || mainId < 0 || mainId >= _excludedGroupsByMain.Length) return -1;
        var groups = _excludedGroupsByMain[mainId];
        if (groups is null) return -1;
        foreach (var g in groups)
        {
            if (g == group) return group;
        }

        return -1;
    }

    /// <summary>Computes whether the other diagnoses hold an unexcluded MCC and an unexcluded CC.</summary>
    public void Evaluate(ReadOnlySpan<int> dx, out bool hasMcc, out bool hasCc)
    {
        hasMcc = false;
        hasCc = false;
        if (dx.Length < 2) return;
        var main = dx[0];
        for (var i = 1; i < dx.Length; i++)
        {
            var id = dx[i];
            if (id < 0 || id >= _level.Length) continue;
            var level = _level[id];
            if (level == 0) continue;
            if (ExcludingGroup(id, main) >= 0) continue;
            if (level == (byte)ComplicationLevel.Mcc) hasMcc = true;
            else hasCc = true;
        }
    }
}
