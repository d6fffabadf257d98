using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>
/// Groups a row of a case file straight from its text, without building a <see cref="DrgCaseRecord"/>, a <see cref="DrgCase"/>
/// or a string per field: the fast path of grouping a file. It takes only rows in the plain form — no quotes, whole numbers of at
/// most nine digits (a decimal point allowed in <c>icu_hours</c>), a sex of one letter, digit or character, every code spelled
/// exactly as the scheme spells it, in the dictionary of its kind and listed once — and declines every other row, which the caller
/// reads with <see cref="DrgCaseCsvReader"/> and groups with <see cref="DrgGrouper.Group(DrgCase)"/>. For a row it takes, the result
/// is the one that path gives: the fields are split and trimmed as <see cref="DrgCaseCsvReader"/> splits them, the numbers are the
/// values its parsing gives, and the codes are the ids its resolution finds without an issue. One instance per thread.
/// </summary>
internal sealed class DrgCaseRowGrouper
{
    private const int MaxCodes = 64;
    private const int DepartmentCache = 16;
    private readonly DrgGrouper _grouper;
    private readonly int[] _required;
    private readonly int _icu;
    private readonly int _admissionWeight;
    private readonly int _department;
    private readonly int[] _dx = new int[MaxCodes];
    private readonly int[] _pr = new int[MaxCodes];
    private readonly string[] _departments = new string[DepartmentCache];
    private int _departmentCount;
    private int _nextDepartment;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int _count;

    /// <summary>A row grouper for the columns of <paramref name="csv"/>.</summary>
    /// <exception cref="ArgumentException">The grouper's options need the full path (<see cref="DrgGrouper.SupportsCleanPath"/>), or the file lacks a required column.</exception>
    public DrgCaseRowGrouper(DrgGrouper grouper, DrgCaseCsvReader csv)
    {
        _grouper = grouper ?? throw new ArgumentNullException(nameof(grouper));
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        if (!grouper.SupportsCleanPath) throw new ArgumentException("the grouper's options need the full path (trace or version maps)", nameof(grouper));
        if (!csv.HasRequiredColumns) throw new ArgumentException("the case file lacks a required column", nameof(csv));
        _required = csv.RequiredColumns.ToArray();
        var optional = csv.OptionalColumns;
        _icu = optional.Icu;
        _admissionWeight = optional.AdmissionWeight;
        _department = optional.Department;
    }

    /// <summary>The result of the last row <see cref="TryGroup"/> took.</summary>
    public DrgResult Result { get; private set; }

    /// <summary>A field of the last row split (trimmed as the reader trims it); empty when the row has no such column.</summary>
    public ReadOnlySpan<char> Field(ReadOnlySpan<char> line, int column) =>
        column >= 0 && column < _count ? line.Slice(_starts[column], _lengths[column]) : ReadOnlySpan<char>.Empty;

    /// <summary>
    /// Groups a row (one line of text without its line break, not blank) when it is in the plain form; false when it is not, and the
    /// row must go the full way. After a true, <see cref="Result"/> holds the result and <see cref="Field"/> the row's fields.
    /// <paramref name="hints"/> are the likely ids of the row's codes that prefetching found (in the order and with the
    /// <paramref name="counts"/> <see cref="PrefetchCodes"/> gave, after <see cref="CasePrefetcher.Ids"/>; empty without prefetching):
    /// a code whose hint is spelled exactly as the code is that id without hashing or probing again; any other code is looked up.
    /// </summary>
    public bool TryGroup(ReadOnlySpan<char> line, ReadOnlySpan<int> hints, int counts)
    {
        if (!Split(line)) return false;
        if (!TryNumber(Field(line, _required[2]), out var ageYears) || !TryNumber(Field(line, _required[3]), out var ageDays)
            || !TryNumber(Field(line, _required[4]), out var birthWeight) || !TryNumber(Field(line, _required[5]), out var los)
            || !TryNumber(Field(line, _required[6]), out var discharge))
        {
            return false;
        }

        var admissionWeight = 0;
        if (_admissionWeight >= 0 && !TryNumber(Field(line, _admissionWeight), out admissionWeight)) return false;
        double icuHours = 0;
        if (_icu >= 0 && !TryHours(Field(line, _icu), out icuHours)) return false;
        if (!TrySex(Field(line, _required[1]), out var sex)) return false;
        // PrefetchCodes fills the hints in column order; they line up with the lists only when the diagnoses come first.
        var dxHints = ReadOnlySpan<int>.Empty;
        var prHints = ReadOnlySpan<int>.Empty;
        if (_required[7] < _required[8] && hints.Length > 0)
        {
            var dx = Math.Min(counts & 0xFFFF, hints.Length);
            var all = Math.Min(counts >> 16, hints.Length);
            dxHints = hints.Slice(0, dx);
            if (all > dx) prHints = hints.Slice(dx, all - dx);
        }

        var dxCount = Codes(Field(line, _required[7]), CodeKind.Diagnosis, _dx, dxHints);
        if (dxCount <= 0) return false;
        var prCount = Codes(Field(line, _required[8]), CodeKind.Procedure, _pr, prHints);
        if (prCount < 0) return false;
        var department = _department >= 0 ? Department(Field(line, _department)) : string.Empty;
        var attributes = new CaseAttributes(sex, ageYears, ageDays, birthWeight, admissionWeight, los, discharge, icuHours, department);
        Result = _grouper.GroupClean(attributes, new ReadOnlySpan<int>(_dx, 0, dxCount), new ReadOnlySpan<int>(_pr, 0, prCount));
        return true;
    }

    /// <summary>
    /// Prefetch stage 1 for a row ahead of the one being grouped (see <see cref="CasePrefetcher"/>): hashes the row's codes into
    /// <paramref name="slot"/> and prefetches their hash slots. Reads the row without splitting or checking it; a row it misreads
    /// only gets useless prefetches.
    /// </summary>
    public int PrefetchCodes(ReadOnlySpan<char> line, Span<int> slot)
    {
        var dxColumn = _required[7];
        var prColumn = _required[8];
        var prefetcher = _grouper.Prefetcher;
        int column = 0, dx = 0, all = 0;
        var hash = CodeHashIndex.HashSeed;
        var inCode = false;
        for (var i = 0; i <= line.Length; i++)
        {
            var c = i < line.Length ? line[i] : ',';
            var codes = column == dxColumn || column == prColumn;
            if (c == ',' || (c == '|' && codes))
            {
                if (inCode && all < slot.Length)
                {
                    var finished = CodeHashIndex.HashFinish(hash);
                    prefetcher.PrefetchSlot(finished);
                    slot[all++] = (int)finished;
                    if (column == dxColumn) dx = all;
                }

                inCode = false;
                hash = CodeHashIndex.HashSeed;
                if (c == ',' && ++column > Math.Max(dxColumn, prColumn)) break;
                continue;
            }

            if (!codes || c == ' ') continue;
            inCode = true;
            hash = CodeHashIndex.HashStep(hash, c);
        }

        return dx | (all << 16);
    }

    /// <summary>Splits at commas, each field trimmed of spaces and tabs around it; false when a field starts with a quote.</summary>
    private bool Split(ReadOnlySpan<char> line)
    {
        _count = 0;
        var fieldStart = 0;
        for (var i = 0; ; i++)
        {
            if (i < line.Length && line[i] != ',') continue;
            var start = fieldStart;
            var end = i;
            while (start < end && (line[start] == ' ' || line[start] == '\t')) start++;
            while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t')) end--;
            if (start < end && line[start] == '"') return false;
            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _lengths, _count * 2);
            }

            _starts[_count] = start;
            _lengths[_count] = end - start;
            _count++;
            if (i == line.Length) return true;
            fieldStart = i + 1;
        }
    }

    /// <summary>Empty is 0 (as the reader reads it); else one to nine ASCII digits.</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length > 9) return false;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }

        return true;
    }

    /// <summary>Empty is 0; else digits with at most one decimal point, read as the reader reads them.</summary>
    private static bool TryHours(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.Length == 0) return true;
        if (text.Length > 15) return false;
        var points = 0;
        foreach (var c in text)
        {
            if (c == '.') points++;
            else if (c is < '0' or > '9') return false;
        }

        if (points == 0)
        {
            if (!TryNumber(text, out var whole)) return false;
            value = whole;
            return true;
        }

#if NET8_0_OR_GREATER
        return points == 1 && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
#else
        return false;
#endif
    }

    /// <summary>The one-character forms of <see cref="DrgCaseCsv.ParseSex"/>; anything else (and an unknown sex) goes the full way.</summary>
    private static bool TrySex(ReadOnlySpan<char> text, out Sex sex)
    {
        sex = Sex.Unknown;
        if (text.Length != 1) return false;
        sex = text[0] switch
        {
            'M' or 'm' or '1' or '男' => Sex.Male,
            'F' or 'f' or '2' or '女' => Sex.Female,
            _ => Sex.Unknown,
        };
        return sex != Sex.Unknown;
    }

    /// <summary>
    /// The ids of a <c>|</c>-separated list whose every code resolves cleanly and once; -1 when one does not. The k-th code's hint, when
    /// there is one, is tried first (<see cref="DrgGrouper.FindClean(ReadOnlySpan{char}, int, CodeKind)"/>).
    /// </summary>
    private int Codes(ReadOnlySpan<char> list, CodeKind kind, int[] ids, ReadOnlySpan<int> hints)
    {
        if (list.Length == 0) return 0;
        var count = 0;
        while (true)
        {
            var bar = list.IndexOf('|');
            var code = bar < 0 ? list : list.Slice(0, bar);
            if (code.Length == 0 || count == ids.Length) return -1;
            var id = _grouper.FindClean(code, count < hints.Length ? hints[count] : -1, kind);
            if (id < 0) return -1;
            for (var j = 0; j < count; j++)
            {
                if (ids[j] == id) return -1;
            }

            ids[count++] = id;
            if (bar < 0) return count;
            list = list.Slice(bar + 1);
        }
    }

    /// <summary>The department trimmed as <see cref="CaseAttributes.Of"/> trims it, as a string shared by the rows that repeat it.</summary>
    private string Department(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length == 0) return string.Empty;
        for (var i = 0; i < _departmentCount; i++)
        {
            if (_departments[i].AsSpan().SequenceEqual(text)) return _departments[i];
        }

        var value = text.ToString();
        _departments[_nextDepartment] = value;
        _nextDepartment = (_nextDepartment + 1) % DepartmentCache;
        _departmentCount = Math.Min(_departmentCount + 1, DepartmentCache);
        return value;
    }
}
