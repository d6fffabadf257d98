namespace MedPay.Rules.RulePacks;

/// <summary>
/// The fields of all records of a <see cref="CsvDocument"/> in one flat store; a <see cref="CsvRow"/> is a slice of it. Sized once
/// from the records expected (capped), and grown by doubling, so a 100,000-row table costs one array, not one per record, and a wide
/// header over a short file costs only what the file holds. Filled while parsing, never changed after.
/// </summary>
internal sealed class CsvCells
{
    private string[] _items;

    public CsvCells(int capacity) => _items = new string[Math.Max(1, capacity)];

    public int Count { get; private set; }

    public string this[int index] => _items[index];

    public void AddRange(List<string> fields)
    {
        if (Count + fields.Count > _items.Length) Array.Resize(ref _items, (int)Math.Min(Math.Max(_items.Length * 2L, (long)Count + fields.Count), int.MaxValue - 64));
        fields.CopyTo(_items, Count);
        Count += fields.Count;
    }
}
