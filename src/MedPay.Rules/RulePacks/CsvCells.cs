namespace MedPay.Rules.RulePacks;

/// <summary>
/// The fields of all records of a <see cref="CsvDocument"/> in one flat store; a <see cref="CsvRow"/> is a slice of it. Sized once
/// from the line count and the header's width, so a 100,000-row table costs one array, not one per record. Filled while parsing,
/// never changed after.
/// </summary>
internal sealed class CsvCells
{
    private string[] _items;

    public CsvCells(int capacity) => _items = new string[capacity];

    public int Count { get; private set; }

    public string this[int index] => _items[index];

    public void AddRange(List<string> fields)
    {
        if (Count + fields.Count > _items.Length) Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + fields.Count));
        fields.CopyTo(_items, Count);
        Count += fields.Count;
    }
}
