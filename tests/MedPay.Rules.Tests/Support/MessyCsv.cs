using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Case files the way hospitals' exports break them, for the streaming tests: clean rows changed by a list of mutations (a field
/// replaced, a quote that never closes, a blank line, a lone carriage return…) and ended by LF or CRLF. <see cref="RandomFile"/> draws such a
/// file at random (for FsCheck properties); <see cref="CycledFile"/> makes one the same every time (for byte-identity tests).
/// </summary>
internal static class MessyCsv
{
    /// <summary>The row (a plain comma-separated line, no quoted commas) with its field at <paramref name="column"/> changed; a short row is padded with empty fields first.</summary>
    public static string Field(string row, int column, Func<string, string> change)
    {
        var fields = row.Split(',').ToList();
        while (fields.Count <= column) fields.Add(string.Empty);
        fields[column] = change(fields[column]);
        return string.Join(",", fields);
    }

    /// <summary>The first field of a plain row (its id).</summary>
    public static string Id(string row) => row.Substring(0, row.IndexOf(',', StringComparison.Ordinal));

    /// <summary>A plain row after its first field, from the comma on.</summary>
    public static string Rest(string row) => row.Substring(row.IndexOf(',', StringComparison.Ordinal));

    /// <summary>The header line and the rows of a file shipped in the repository's <c>examples</c> folder.</summary>
    public static (string Header, string[] Rows) ExampleFile(string name)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(SharedFixtures.RepositoryRoot, "examples", name));
        return (lines[0], lines.Skip(1).ToArray());
    }

    /// <summary>The row with its field at <paramref name="column"/> set to <paramref name="value"/> (as <see cref="Field(string, int, Func{string, string})"/>).</summary>
    public static string Field(string row, int column, string value) => Field(row, column, _ => value);

    /// <summary>
    /// A file of <paramref name="header"/> (ended by LF), then any number of rows: each drawn by <paramref name="row"/>, changed by one of
    /// the <paramref name="mutations"/> (each as likely), ended by CRLF one time in <paramref name="crlfOneIn"/> and by LF otherwise.
    /// </summary>
    public static Gen<string> RandomFile(string header, Gen<string> row, IReadOnlyList<Func<string, string>> mutations, int crlfOneIn) =>
        from picks in Gen.ListOf(
            from clean in row
            from mutation in Gen.Choose(0, mutations.Count - 1)
            from ending in Gen.Choose(0, crlfOneIn - 1)
            select (Row: clean, Mutation: mutation, Ending: ending))
        select header + "\n" + string.Concat(picks.Select(p => mutations[p.Mutation](p.Row) + (p.Ending == 0 ? "\r\n" : "\n")));

    /// <summary>
    /// <paramref name="head"/> (the header line with its line end), then <paramref name="count"/> rows: row <c>i</c> is
    /// <c>rows[i % rows.Count]</c> changed by <c>mutations[i % mutations.Count]</c>, ended by CRLF when <c>i</c> is a multiple of
    /// <paramref name="crlfEvery"/> and by LF otherwise.
    /// </summary>
    public static StringBuilder CycledFile(string head, IReadOnlyList<string> rows, IReadOnlyList<Func<string, string>> mutations, int count, int crlfEvery)
    {
        var text = new StringBuilder(head);
        for (var i = 0; i < count; i++) text.Append(mutations[i % mutations.Count](rows[i % rows.Count])).Append(i % crlfEvery == 0 ? "\r\n" : "\n");
        return text;
    }
}
