using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// A rule pack as files: a folder, a zip file, or one of the packs embedded in this assembly, read into memory once.
/// It carries its manifest, where it came from and a content hash; engines (the DRG scheme, the DIP catalogue,
/// payment parameters) are built from it. A pack is immutable and safe to share between threads.
/// </summary>
public sealed class RulePack
{
    /// <summary>The manifest file names looked for, in order.</summary>
    public static readonly ImmutableArray<string> ManifestFileNames = ImmutableArray.Create("scheme.json", "pack.json");

    private const string ResourcePrefix = "MedPay.Rules.Packs/";

    /// <summary>From this many bytes of data on, the content hash is computed in the background.</summary>
    private const long BackgroundHashBytes = 1 << 20;

    private readonly ImmutableSortedDictionary<string, byte[]> _files;
    private readonly Lazy<string> _contentHash;

    private RulePack(string origin, ImmutableSortedDictionary<string, byte[]> files, string fallbackId, RulePackReadLimits? limits = null)
    {
        Limits = limits ?? RulePackReadLimits.Default;
        Origin = origin;
        _files = files;
        // The hash of a large pack (the national scheme is 8 MB with its cases file) is taken on another core while the caller
        // parses the tables; whoever asks for it first waits for it or takes it.
        _contentHash = new Lazy<string>(() => ComputeHash(files), LazyThreadSafetyMode.ExecutionAndPublication);
        if (Environment.ProcessorCount > 1 && TotalBytes(files) >= BackgroundHashBytes) ThreadPool.QueueUserWorkItem(HashInBackground, _contentHash);
        (Manifest, Issues) = ReadManifest(files, fallbackId);
    }

    /// <summary>The limits the pack was read with; the loaders keep to its <see cref="RulePackReadLimits.MaxIssues"/>.</summary>
    public RulePackReadLimits Limits { get; }

    /// <summary>Where the pack came from: <c>folder:&lt;path&gt;</c>, <c>zip:&lt;path&gt;</c>, <c>workbook:&lt;path&gt;</c>, <c>embedded:&lt;id&gt;</c> or <c>memory</c>.</summary>
    public string Origin { get; }

    /// <summary>The manifest. When the pack has none, id and name are taken from its folder or file name.</summary>
    public RulePackManifest Manifest { get; }

    /// <summary>The pack id (<see cref="RulePackManifest.Id"/>).</summary>
    public string Id => Manifest.Id;

    /// <summary>The pack version (<see cref="RulePackManifest.Version"/>).</summary>
    public string Version => Manifest.Version;

    /// <summary>
    /// The SHA-256 of the pack's data, lower-case hex: every <c>.csv</c>, <c>.json</c> and <c>.xlsx</c> file's name and bytes, in ordinal name order.
    /// Documentation beside the data (a README or SOURCES.md) does not change it, so a folder and its embedded copy hash alike.
    /// </summary>
    public string ContentHash => _contentHash.Value;

    /// <summary>Problems found while reading the pack's manifest.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The names of the files in the pack (relative, with <c>/</c> separators), in ordinal order.</summary>
    public IEnumerable<string> FileNames => _files.Keys;

    /// <summary>
    /// Whether the pack is a workbook pack (nhsa-drg-workbook.md): its manifest declares <c>nhsa-drg-workbook/1</c>, or it has an
    /// <c>.xlsx</c> file at its top and no <c>mdc.csv</c> (an Excel lock file <c>~$….xlsx</c> does not count). A manifest that declares
    /// the folder layout (<c>drg-scheme-tables/…</c>) makes it a folder pack whatever files it holds.
    /// </summary>
    public bool IsWorkbookPack
    {
        get
        {
            var format = Manifest.Format;
            if (string.Equals(format, "nhsa-drg-workbook/1", StringComparison.OrdinalIgnoreCase)) return true;
            if (format.StartsWith("drg-scheme-tables/", StringComparison.OrdinalIgnoreCase)) return false;
            return !_files.ContainsKey("mdc.csv") && _files.Keys.Any(IsWorkbookFile);
        }
    }

    /// <summary>
    /// The files a workbook given alone takes from its folder (nhsa-drg-workbook.md): the dictionaries, the version maps, the
    /// manifest and the amendments file.
    /// </summary>
    public static readonly ImmutableArray<string> WorkbookCompanionFiles = ImmutableArray.Create(
        "diagnoses.csv", "procedures.csv", "diagnosis_map.csv", "procedure_map.csv", "scheme.json", "amendments.csv");

    /// <summary>
    /// Reads a workbook pack from an <c>.xlsx</c> file: the workbook and, when they stand beside it, the files of
    /// <see cref="WorkbookCompanionFiles"/> (further <c>diagnosis_map*.csv</c> / <c>procedure_map*.csv</c> parts included).
    /// </summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <returns>The pack; its id is the manifest's, else the file name without extension.</returns>
    /// <exception cref="RulePackException">The file does not exist or cannot be read.</exception>
    public static RulePack FromWorkbook(string path) => FromWorkbook(path, null);

    /// <summary>As <see cref="FromWorkbook(string)"/>, within <paramref name="limits"/> (docs/limits.md).</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="limits">The read limits; <see langword="null"/> for <see cref="RulePackReadLimits.Default"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The file does not exist, cannot be read or exceeds a limit.</exception>
    public static RulePack FromWorkbook(string path, RulePackReadLimits? limits)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        limits ??= RulePackReadLimits.Default;
        limits.Validate();
        try
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full)) throw Fail(path, new LocalizedText("文件不存在", "file not found"));
            var folder = Path.GetDirectoryName(full) ?? ".";
            var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
            var budget = new ReadBudget(limits, "workbook:" + full);
            files[Path.GetFileName(full)] = budget.Read(new FileInfo(full), Path.GetFileName(full), null);
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
            {
                var name = file.Name;
                var companion = WorkbookCompanionFiles.Contains(name)
                    || ((name.StartsWith("diagnosis_map", StringComparison.Ordinal) || name.StartsWith("procedure_map", StringComparison.Ordinal)) && name.EndsWith(".csv", StringComparison.Ordinal));
                if (companion) files[name] = budget.Read(file, name, folder);
            }

            return new RulePack("workbook:" + full, files.ToImmutable(), Path.GetFileNameWithoutExtension(full), limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Fail(path, e.Message);
        }
    }

    /// <summary>The workbook files of the pack: each <c>.xlsx</c> at its top, Excel lock files <c>~$….xlsx</c> left out.</summary>
    internal IReadOnlyList<string> WorkbookFiles => _files.Keys.Where(IsWorkbookFile).ToList();

    private static bool IsWorkbookFile(string name) =>
        name.IndexOf('/') < 0 && name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("~$", StringComparison.Ordinal);

    /// <summary>The ids of the packs embedded in this assembly.</summary>
    public static ImmutableArray<string> EmbeddedPackIds { get; } = typeof(RulePack).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length).Replace('\\', '/'))
        .Where(n => n.IndexOf('/') > 0)
        .Select(n => n.Substring(0, n.IndexOf('/')))
        .Distinct(StringComparer.Ordinal)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Whether the pack has a file of this name.</summary>
    /// <param name="name">The relative file name.</param>
    public bool Contains(string name) => _files.ContainsKey(name);

    /// <summary>The text of a file (UTF-8), or <see langword="null"/> when the pack has no such file.</summary>
    /// <param name="name">The relative file name.</param>
    public string? ReadText(string name) => _files.TryGetValue(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The bytes of a file, or <see langword="null"/> when the pack has no such file.</summary>
    /// <param name="name">The relative file name.</param>
    public ReadOnlyMemory<byte>? ReadBytes(string name) => _files.TryGetValue(name, out var bytes) ? bytes : null;

    /// <summary>Reads a pack from a folder: its data files (<c>.csv</c>, <c>.json</c>, <c>.xlsx</c>) and those of its subfolders, within the default limits.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The folder does not exist or cannot be read.</exception>
    public static RulePack FromDirectory(string path) => FromDirectory(path, null);

    /// <summary>
    /// Reads a pack from a folder within <paramref name="limits"/> (docs/limits.md). Only the data files (<c>.csv</c>, <c>.json</c>, <c>.xlsx</c>:
    /// what every layout names) are read; documentation beside them is left alone. A symbolic link is followed only when it ends inside the pack
    /// (a link that leaves it is refused: <c>PACK_FILE_REFUSED</c>; on netstandard2.0, which cannot resolve links, every link is refused); a link to a
    /// folder is not descended. A file of size 0 is never opened, so a FIFO, a device or a socket (all of size 0) reads as empty instead of
    /// blocking, and fails its layout's checks.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="limits">The read limits; <see langword="null"/> for <see cref="RulePackReadLimits.Default"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The folder does not exist, cannot be read, or exceeds a limit.</exception>
    public static RulePack FromDirectory(string path, RulePackReadLimits? limits)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        limits ??= RulePackReadLimits.Default;
        limits.Validate();
        try
        {
            var root = Path.GetFullPath(path);
            if (!Directory.Exists(root)) throw Fail(path, new LocalizedText("文件夹不存在", "folder not found"));
            var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
            var budget = new ReadBudget(limits, "folder:" + root);
            Walk(new DirectoryInfo(root), root, string.Empty, 0, files, budget);
            return new RulePack("folder:" + root, files.ToImmutable(), Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Fail(path, e.Message);
        }
    }

    private static void Walk(DirectoryInfo folder, string root, string prefix, int depth, ImmutableSortedDictionary<string, byte[]>.Builder files, ReadBudget budget)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = prefix + entry.Name;
            var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            var isFolder = (entry.Attributes & FileAttributes.Directory) != 0;
            if (isFolder)
            {
                // A linked folder is not descended (no cycles, no walk of "/"); deeper folders than the limit are not part of any layout.
                if (!isLink && depth < budget.Limits.MaxFolderDepth) Walk((DirectoryInfo)entry, root, relative + "/", depth + 1, files, budget);
                continue;
            }

            if (!IsData(entry.Name)) continue;
            files[relative] = budget.Read((FileInfo)entry, relative, root);
        }
    }

    /// <summary>Reads a pack from a zip file within the default limits. When every entry sits in one top folder, that folder is the pack's root.</summary>
    /// <param name="path">The zip file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The file does not exist or is not a readable zip file.</exception>
    public static RulePack FromZip(string path) => FromZip(path, null);

    /// <summary>As <see cref="FromZip(string)"/>, within <paramref name="limits"/> (docs/limits.md).</summary>
    /// <param name="path">The zip file.</param>
    /// <param name="limits">The read limits; <see langword="null"/> for <see cref="RulePackReadLimits.Default"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The file does not exist, is not a readable zip file, or exceeds a limit.</exception>
    public static RulePack FromZip(string path, RulePackReadLimits? limits)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            using var stream = File.OpenRead(path);
            return FromZip(stream, "zip:" + Path.GetFullPath(path), Path.GetFileNameWithoutExtension(path), limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Fail(path, e.Message);
        }
    }

    /// <summary>Reads a pack from a zip stream within the default limits.</summary>
    /// <param name="zip">The zip content.</param>
    /// <param name="origin">A description of where it came from, for messages.</param>
    /// <param name="fallbackId">The id to use when the pack has no manifest.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The stream is not a readable zip file.</exception>
    public static RulePack FromZip(Stream zip, string origin = "zip", string fallbackId = "pack") => FromZip(zip, origin, fallbackId, null);

    /// <summary>
    /// Reads a pack from a zip stream within <paramref name="limits"/> (docs/limits.md): the zip itself at most
    /// <see cref="RulePackReadLimits.MaxTotalBytes"/>, at most <see cref="RulePackReadLimits.MaxFiles"/> entries, each data entry (<c>.csv</c>,
    /// <c>.json</c>, <c>.xlsx</c>; other entries are not read) at most <see cref="RulePackReadLimits.MaxFileBytes"/> and compressed at most
    /// <see cref="RulePackReadLimits.MaxCompressionRatio"/> : 1 when larger than 1 MiB, all of them together at most
    /// <see cref="RulePackReadLimits.MaxTotalBytes"/> — checked against the sizes the zip declares and again while inflating. Two entries of the
    /// same name are refused (<c>PACK_DUPLICATE_FILE</c>): neither is chosen silently.
    /// </summary>
    /// <param name="zip">The zip content.</param>
    /// <param name="origin">A description of where it came from, for messages.</param>
    /// <param name="fallbackId">The id to use when the pack has no manifest.</param>
    /// <param name="limits">The read limits; <see langword="null"/> for <see cref="RulePackReadLimits.Default"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">The stream is not a readable zip file, or it exceeds a limit.</exception>
    public static RulePack FromZip(Stream zip, string origin, string fallbackId, RulePackReadLimits? limits)
    {
        if (zip is null) throw new ArgumentNullException(nameof(zip));
        if (origin is null) throw new ArgumentNullException(nameof(origin));
        if (fallbackId is null) throw new ArgumentNullException(nameof(fallbackId));
        limits ??= RulePackReadLimits.Default;
        limits.Validate();
        try
        {
            if (zip.CanSeek && zip.Length - zip.Position > limits.MaxTotalBytes)
                throw TooLarge(origin, new LocalizedText($"zip 文件有 {zip.Length - zip.Position:N0} 字节，超过上限 {limits.MaxTotalBytes:N0}", $"the zip file has {zip.Length - zip.Position:N0} bytes, more than the limit of {limits.MaxTotalBytes:N0}"));
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > limits.MaxFiles)
                throw TooLarge(origin, new LocalizedText($"zip 有 {archive.Entries.Count:N0} 个条目，超过上限 {limits.MaxFiles:N0}", $"{archive.Entries.Count:N0} zip entries, more than the limit of {limits.MaxFiles:N0}"));
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith("/", StringComparison.Ordinal) && e.Length >= 0).ToList();
            var names = entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
            var prefix = CommonTopFolder(names);
            var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
            var budget = new ReadBudget(limits, origin);
            for (var i = 0; i < entries.Count; i++)
            {
                var name = names[i].Substring(prefix.Length);
                if (!IsData(name)) continue;
                if (files.ContainsKey(name)) throw new RulePackException(origin, ImmutableArray.Create(RulePackIssues.DuplicateFile.Create(value: name, location: new SourceLocation(name), args: name)));
                files[name] = budget.Read(entries[i], name);
            }

            return new RulePack(origin, files.ToImmutable(), fallbackId, limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw Fail(origin, e.Message);
        }
    }

    /// <summary>Reads one of the packs embedded in this assembly (see <see cref="EmbeddedPackIds"/>).</summary>
    /// <param name="id">The pack id, e.g. <c>chs-drg-2.0-excerpt</c>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">No embedded pack has that id.</exception>
    public static RulePack Embedded(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var assembly = typeof(RulePack).Assembly;
        var prefix = ResourcePrefix + id + "/";
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name.Substring(prefix.Length)] = buffer.ToArray();
        }

        if (files.Count == 0)
        {
            throw Fail(id, new LocalizedText("没有此 id 的内置规则包；内置规则包：" + string.Join("、", EmbeddedPackIds), "no embedded pack has this id; embedded packs: " + string.Join(", ", EmbeddedPackIds)));
        }

        return new RulePack("embedded:" + id, files.ToImmutable(), id);
    }

    /// <summary>
    /// Opens a pack by what the caller has: an existing folder, an existing <c>.xlsx</c> workbook (see <see cref="FromWorkbook(string)"/>), an
    /// existing <c>.zip</c> file, or the id of an embedded pack.
    /// </summary>
    /// <param name="folderZipOrEmbeddedId">A folder path, a zip path or an embedded pack id.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">Nothing of that name exists.</exception>
    public static RulePack Open(string folderZipOrEmbeddedId) => Open(folderZipOrEmbeddedId, null);

    /// <summary>As <see cref="Open(string)"/>, reading folders, zips and workbooks within <paramref name="limits"/> (docs/limits.md).</summary>
    /// <param name="folderZipOrEmbeddedId">A folder path, a zip path or an embedded pack id.</param>
    /// <param name="limits">The read limits; <see langword="null"/> for <see cref="RulePackReadLimits.Default"/>.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="RulePackException">Nothing of that name exists, or the pack exceeds a limit.</exception>
    public static RulePack Open(string folderZipOrEmbeddedId, RulePackReadLimits? limits)
    {
        if (folderZipOrEmbeddedId is null) throw new ArgumentNullException(nameof(folderZipOrEmbeddedId));
        if (Directory.Exists(folderZipOrEmbeddedId)) return FromDirectory(folderZipOrEmbeddedId, limits);
        if (File.Exists(folderZipOrEmbeddedId))
        {
            return folderZipOrEmbeddedId.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? FromWorkbook(folderZipOrEmbeddedId, limits) : FromZip(folderZipOrEmbeddedId, limits);
        }

        if (EmbeddedPackIds.Contains(folderZipOrEmbeddedId)) return Embedded(folderZipOrEmbeddedId);
        throw Fail(folderZipOrEmbeddedId, new LocalizedText("既不是文件夹、zip 文件，也不是内置规则包 id", "not a folder, a zip file or an embedded pack id"));
    }

    /// <summary>Builds a pack from files in memory (for tests and for packs generated by code).</summary>
    /// <param name="files">File names (relative, <c>/</c> separators) and their text, written as UTF-8.</param>
    /// <param name="fallbackId">The id to use when the files have no manifest.</param>
    /// <returns>The pack.</returns>
    public static RulePack FromTexts(IEnumerable<KeyValuePair<string, string>> files, string fallbackId = "memory")
    {
        if (files is null) throw new ArgumentNullException(nameof(files));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Key is null) throw new ArgumentException("a file name is null / 文件名为空", nameof(files));
            builder[file.Key] = Encoding.UTF8.GetBytes(file.Value ?? throw new ArgumentException("the text of " + file.Key + " is null / 文件内容为空", nameof(files)));
        }

        return new RulePack("memory", builder.ToImmutable(), fallbackId);
    }

    /// <summary>Builds a pack from files in memory as bytes (a workbook downloaded by a service, packs generated by code).</summary>
    /// <param name="files">File names (relative, <c>/</c> separators) and their bytes.</param>
    /// <param name="fallbackId">The id to use when the files have no manifest.</param>
    /// <returns>The pack.</returns>
    public static RulePack FromFiles(IEnumerable<KeyValuePair<string, byte[]>> files, string fallbackId = "memory")
    {
        if (files is null) throw new ArgumentNullException(nameof(files));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Key is null) throw new ArgumentException("a file name is null / 文件名为空", nameof(files));
            builder[file.Key] = (byte[])(file.Value ?? throw new ArgumentException("the bytes of " + file.Key + " are null / 文件内容为空", nameof(files))).Clone();
        }

        return new RulePack("memory", builder.ToImmutable(), fallbackId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version} ({Origin}, sha256:{ContentHash.Substring(0, 12)})";

    private static RulePackException Fail(string origin, object reason) =>
        new(origin, ImmutableArray.Create(RulePackIssues.Unreadable.Create(value: origin, args: reason)));

    private static RulePackException TooLarge(string origin, LocalizedText reason) =>
        new(origin, ImmutableArray.Create(RulePackIssues.TooLarge.Create(value: origin, args: reason)));

    private static RulePackException Refused(string origin, string file, LocalizedText reason) =>
        new(origin, ImmutableArray.Create(RulePackIssues.FileRefused.Create(value: file, location: new SourceLocation(file), args: new object[] { file, reason })));

    /// <summary>What a reader has left of the limits while it reads one pack: files, bytes.</summary>
    private sealed class ReadBudget
    {
        private const long RatioFloor = 1L << 20;
        private readonly string _origin;
        private long _total;
        private int _files;

        public ReadBudget(RulePackReadLimits limits, string origin)
        {
            Limits = limits;
            _origin = origin;
        }

        public RulePackReadLimits Limits { get; }

        /// <summary>Reads a file of a folder or a workbook's folder; a link must end inside <paramref name="root"/> (null: links are refused).</summary>
        public byte[] Read(FileInfo file, string name, string? root)
        {
            if ((file.Attributes & FileAttributes.ReparsePoint) != 0)
            {
#if NET6_0_OR_GREATER
                var target = file.ResolveLinkTarget(returnFinalTarget: true);
                if (root is null || target is null || !Inside(root, target.FullName) || target is not FileInfo resolved)
                    throw Refused(_origin, name, new LocalizedText("链接指向规则包之外" + (target is null ? string.Empty : "（" + target.FullName + "）"), "a link that leaves the pack" + (target is null ? string.Empty : " (to " + target.FullName + ")")));
                file = resolved;
#else
                throw Refused(_origin, name, new LocalizedText("符号链接（仅 .NET 6 及以后版本跟随链接）", "a symbolic link (links are followed on .NET 6 and later only)"));
#endif
            }

            Count(name, file.Length);
            if (file.Length == 0) return Array.Empty<byte>(); // never open a file of size 0: FIFOs and devices report 0 and would block or never end
            var buffer = new byte[file.Length];
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
            var read = 0;
            while (read < buffer.Length)
            {
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0) break;
                read += n;
            }

            return read == buffer.Length ? buffer : buffer.Take(read).ToArray();
        }

        /// <summary>Reads a zip entry, checking its declared size and ratio first and the bytes it really inflates to while reading.</summary>
        public byte[] Read(ZipArchiveEntry entry, string name)
        {
            if (entry.Length > RatioFloor && (entry.CompressedLength <= 0 || entry.Length / entry.CompressedLength > Limits.MaxCompressionRatio))
                throw TooLarge(_origin, new LocalizedText($"{name} 由 {entry.CompressedLength:N0} 字节解压为 {entry.Length:N0} 字节，压缩比超过上限 {Limits.MaxCompressionRatio}:1", $"{name} inflates {entry.CompressedLength:N0} bytes to {entry.Length:N0}, more than {Limits.MaxCompressionRatio}:1"));
            Count(name, entry.Length);
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(entry.Length, 1 << 20));
            var chunk = new byte[81920];
            while (true)
            {
                var n = stream.Read(chunk, 0, chunk.Length);
                if (n == 0) break;
                buffer.Write(chunk, 0, n);
                if (buffer.Length > entry.Length) throw Fail(_origin, new LocalizedText(name + " 解压后大于声明的大小", name + " inflates to more bytes than the zip declares"));
            }

            return buffer.ToArray();
        }

        private void Count(string name, long length)
        {
            if (++_files > Limits.MaxFiles) throw TooLarge(_origin, new LocalizedText($"文件数超过上限 {Limits.MaxFiles:N0}", $"more than {Limits.MaxFiles:N0} files"));
            if (length > Limits.MaxFileBytes) throw Refused(_origin, name, new LocalizedText($"{length:N0} 字节，超过文件大小上限 {Limits.MaxFileBytes:N0}", $"{length:N0} bytes, more than the limit of {Limits.MaxFileBytes:N0}"));
            _total += length;
            if (_total > Limits.MaxTotalBytes) throw TooLarge(_origin, new LocalizedText($"文件合计超过 {Limits.MaxTotalBytes:N0} 字节的上限", $"the files add up to more than {Limits.MaxTotalBytes:N0} bytes"));
        }

        private static bool Inside(string root, string path)
        {
            var full = Path.GetFullPath(path);
            var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            return full.StartsWith(prefix, StringComparison.Ordinal);
        }
    }

    private static string CommonTopFolder(List<string> names)
    {
        if (names.Count == 0) return string.Empty;
        var first = names[0];
        var slash = first.IndexOf('/');
        if (slash <= 0) return string.Empty;
        var prefix = first.Substring(0, slash + 1);
        return names.All(n => n.StartsWith(prefix, StringComparison.Ordinal)) ? prefix : string.Empty;
    }

    private static bool IsData(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Takes a pack's hash on a pool thread; a failure stays in the <see cref="Lazy{T}"/> for whoever reads the hash.</summary>
    private static void HashInBackground(object? hash)
    {
        try
        {
            _ = ((Lazy<string>)hash!).Value;
        }
        catch (Exception)
        {
            // ContentHash rethrows it on the reader's thread; a pool thread must not end the process.
        }
    }

    private static long TotalBytes(ImmutableSortedDictionary<string, byte[]> files)
    {
        long total = 0;
        foreach (var file in files) total += file.Value.Length;
        return total;
    }

    private static string ComputeHash(ImmutableSortedDictionary<string, byte[]> files)
    {
        using var sha = SHA256.Create();
        foreach (var file in files.Where(f => IsData(f.Key)))
        {
            var name = Encoding.UTF8.GetBytes(file.Key + "\0" + file.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\0");
            sha.TransformBlock(name, 0, name.Length, null, 0);
            sha.TransformBlock(file.Value, 0, file.Value.Length, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        var hex = new StringBuilder(64);
        foreach (var b in sha.Hash!) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }

    private static (RulePackManifest, ImmutableArray<Issue>) ReadManifest(ImmutableSortedDictionary<string, byte[]> files, string fallbackId)
    {
        var fileName = ManifestFileNames.FirstOrDefault(files.ContainsKey);
        if (fileName is null)
        {
            // A workbook pack may come without a manifest (nhsa-drg-workbook.md): its id is then its file or folder name.
            var workbook = !files.ContainsKey("mdc.csv") && files.Keys.Any(IsWorkbookFile);
            return (new RulePackManifest(fallbackId, fallbackId, string.Empty, string.Empty, string.Empty, string.Empty),
                workbook ? ImmutableArray<Issue>.Empty : ImmutableArray.Create(RulePackIssues.MissingFile.Create(args: "scheme.json / pack.json")));
        }

        try
        {
            using var document = JsonDocument.Parse(files[fileName], new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("the manifest is not a JSON object");
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.String) values[property.Name] = property.Value.GetString()!;
                else if (property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False) values[property.Name] = property.Value.GetRawText();
            }

            string Take(string key, string fallback) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : fallback;
            var manifest = new RulePackManifest(Take("id", fallbackId), Take("name", Take("id", fallbackId)), Take("version", string.Empty),
                Take("format", string.Empty), Take("source", string.Empty), Take("notes", string.Empty),
                values.ToImmutable().RemoveRange(new[] { "id", "name", "version", "format", "source", "notes" }));
            return (manifest, ImmutableArray<Issue>.Empty);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a lone surrogate escape ("\ud800") parses as JSON but is no text, and reading it throws.
            object reason = e is JsonException ? e.Message : Settlement.SettlementJson.LoneSurrogate;
            return (new RulePackManifest(fallbackId, fallbackId, string.Empty, string.Empty, string.Empty, string.Empty),
                ImmutableArray.Create(RulePackIssues.BadManifest.Create(location: new SourceLocation(fileName), args: new object[] { fileName, reason })));
        }
    }
}
