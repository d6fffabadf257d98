using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Takes <c>.xlsx</c> bytes apart and puts them back together for tests of damaged workbooks: the entries of a zip, a zip rebuilt with
/// some entries changed or left out, the worksheet part of a named sheet, and the raw header fields of an entry (to make a zip lie).
/// Written on System.IO.Compression and the zip format itself (PKWARE APPNOTE 4.3.7 / 4.3.12), not on the code under test.
/// </summary>
public static class ZipBytes
{
    /// <summary>The entries of a zip by name, in zip order.</summary>
    public static List<KeyValuePair<string, byte[]>> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new List<KeyValuePair<string, byte[]>>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add(new(entry.FullName, buffer.ToArray()));
        }

        return entries;
    }

    /// <summary>A zip of these entries (deflated).</summary>
    public static byte[] Create(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var stream = archive.CreateEntry(entry.Key, CompressionLevel.Optimal).Open();
                stream.Write(entry.Value, 0, entry.Value.Length);
            }
        }

        return output.ToArray();
    }

    /// <summary>The zip rebuilt with each entry's bytes passed through <paramref name="change"/> (return <see langword="null"/> to leave the entry out).</summary>
    public static byte[] Rewrite(byte[] zip, Func<string, byte[], byte[]?> change) =>
        Create(Entries(zip).Select(e => new KeyValuePair<string, byte[]>(e.Key, change(e.Key, e.Value)!)).Where(e => e.Value is not null));

    /// <summary>The zip rebuilt with the text of one entry changed.</summary>
    public static byte[] RewriteText(byte[] zip, string entryName, Func<string, string> change) =>
        Rewrite(zip, (name, bytes) => name == entryName ? Encoding.UTF8.GetBytes(change(Text(bytes))) : bytes);

    /// <summary>The zip entry name of a sheet's worksheet part, found as SpreadsheetML links it: workbook.xml's sheet → its relationship's target.</summary>
    public static string SheetPart(byte[] xlsx, string sheet)
    {
        var entries = Entries(xlsx).ToDictionary(e => e.Key, e => e.Value);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        var workbook = XDocument.Parse(Text(entries["xl/workbook.xml"]));
        var id = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(r + "id")!.Value;
        var relationships = XDocument.Parse(Text(entries["xl/_rels/workbook.xml.rels"]));
        var target = relationships.Descendants(rels + "Relationship").Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith("/", StringComparison.Ordinal) ? target.Substring(1) : "xl/" + target;
    }

    /// <summary>
    /// Overwrites the uncompressed-size field of an entry in its local header (offset 22) and its central directory record (offset 24),
    /// leaving the data as it is: the zip then declares a size its data does not have.
    /// </summary>
    public static byte[] DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var at = 0; at + 46 <= bytes.Length; at++)
        {
            if (BitConverter.ToUInt32(bytes, at) != 0x02014b50) continue; // central directory file header
            int nameLength = BitConverter.ToUInt16(bytes, at + 28);
            if (nameLength != name.Length || !bytes.AsSpan(at + 46, nameLength).SequenceEqual(name)) continue;
            var local = (int)BitConverter.ToUInt32(bytes, at + 42);
            if (BitConverter.ToUInt32(bytes, local) != 0x04034b50) throw new InvalidOperationException("no local header at " + local);
            BitConverter.GetBytes(size).CopyTo(bytes, at + 24);
            BitConverter.GetBytes(size).CopyTo(bytes, local + 22);
            patched++;
        }

        if (patched != 1) throw new InvalidOperationException($"{entryName}: {patched} central directory records");
        return bytes;
    }

    /// <summary>The text of an XML part (UTF-8, a byte order mark left out).</summary>
    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    /// <summary>The uncompressed size an entry's central directory record declares.</summary>
    public static long DeclaredSize(byte[] zip, string entryName)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.GetEntry(entryName)!.Length;
    }
}
