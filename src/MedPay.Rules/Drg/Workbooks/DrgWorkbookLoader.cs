using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Drg.Conditions;
using MedPay.Rules.Drg.Loading;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;
using static MedPay.Rules.Drg.Loading.SchemeInput;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>
/// The workbook front end of the scheme loader: reads the official NHSA configuration workbook (nhsa-drg-workbook.md) of a workbook
/// pack — sheets found by name, columns by header text, cells cleaned, fallback rows moved to the end of their scope, amendments
/// applied — and hands its tables, with the workbook rule language, to the same assembler a folder pack goes through.
/// </summary>
internal sealed class DrgWorkbookLoader
{
    /// <summary>How many rows at the top of a sheet are searched for its header row.</summary>
    public const int HeaderSearchRows = 10;

    private static readonly SheetSpec[] Specs =
    {
        new("MDC", new[]
        {
            Col(true, Mode.Number, "排序"), Col(true, Mode.Code, "MDC编码"), Col(true, Mode.Text, "MDC名称"), Col(true, Mode.Rule, "MDC规则"),
        }),
        new("ADRG", new[]
        {
            Col(true, Mode.Code, "所属MDC编码"), Col(true, Mode.Number, "MDC内排序", "排序"), Col(true, Mode.Code, "ADRG编码"), Col(true, Mode.Text, "ADRG名称"),
            Derived(), Col(true, Mode.Rule, "ADRG规则"),
        }),
        new("DRG", new[]
        {
            Col(true, Mode.Code, "所属ADRG编码"), Col(true, Mode.Number, "排序"), Col(true, Mode.Code, "DRG编码", "DRG"), Col(true, Mode.Text, "DRG名称"),
            Col(true, Mode.Rule, "DRG规则"), Col(false, Mode.Code, "所属MDC编码"),
        }),
        new("集合", new[]
        {
            Col(true, Mode.Code, "集合编号"), Icd(true, "ICD编码"), None(), Col(false, Mode.Text, "ICD名称"), Col(false, Mode.Code, "类型编号", "类型"),
        }),
        new("CC", new[]
        {
            Icd(true, "疾病编码", "ICD编码"), Col(true, Mode.Code, "类型", "类型编号"), Col(true, Mode.Code, "排除表"), Col(false, Mode.Text, "疾病名称", "ICD名称"),
        }),
        new("排除表", new[]
        {
            Col(true, Mode.Code, "集合编号"), Icd(true, "ICD编码"), Col(false, Mode.Text, "ICD名称"),
        }),
    };

    private readonly RulePack _pack;
    private readonly string _file;
    private readonly ImmutableArray<Issue>.Builder _issues = ImmutableArray.CreateBuilder<Issue>();
    private readonly List<WorkbookImportStep> _steps = new();
    private readonly List<WorkbookSheetReport> _sheets = new();

    private DrgWorkbookLoader(RulePack pack, string file)
    {
        _pack = pack;
        _file = file;
    }

    private enum Mode
    {
        Code,
        Number,
        Text,
        Rule,
    }

    /// <summary>Loads a workbook pack; the result always carries an import report.</summary>
    public static DrgSchemeLoadResult Load(RulePack pack, IWorkbookReader reader, WorkbookReadLimits? limits)
    {
        var files = pack.WorkbookFiles;
        var loader = new DrgWorkbookLoader(pack, files.Count == 1 ? files[0] : "(workbook)");
        return loader.Run(files, reader, limits ?? WorkbookReadLimits.Default);
    }

    private DrgSchemeLoadResult Run(IReadOnlyList<string> files, IWorkbookReader reader, WorkbookReadLimits limits)
    {
        _issues.AddRange(_pack.Issues);
        var format = _pack.Manifest.Format;
        if (format.Length > 0 && !string.Equals(format, DrgScheme.WorkbookFormatName, StringComparison.OrdinalIgnoreCase))
        {
            _issues.Add(RulePackIssues.UnknownFormat.Create(field: "format", value: format, location: new SourceLocation("scheme.json"), args: new object[] { format, DrgScheme.WorkbookFormatName }));
        }

        if (files.Count != 1)
        {
            _issues.Add(WorkbookIssues.PackWorkbookCount.Create(value: _pack.Origin, args: new object[] { files.Count, files.Count == 0 ? "-" : string.Join(", ", files) }));
            return Fail();
        }

        WorkbookReadResult read;
        try
        {
            read = reader.Read(_pack.ReadBytes(_file)!.Value, _file, limits);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader must not throw (IWorkbookReader); one that does still gives a structured answer.
            read = new WorkbookReadResult(null, ImmutableArray.Create(WorkbookIssues.NotAWorkbook.Create(value: _file, location: new SourceLocation(_file), args: new object[] { _file, e.Message })));
        }

        _issues.AddRange(read.Issues);
        if (read.Workbook is null || read.Issues.Any(i => i.Severity == IssueSeverity.Error)) return Fail();

        var workbook = read.Workbook;
        var tables = new WorkbookSchemeTable?[Specs.Length];
        string? title = null;
        for (var i = 0; i < Specs.Length; i++)
        {
            // Sheet names compare trimmed and, for the Latin names (MDC, ADRG, DRG, CC), ignoring case.
            var sheet = workbook.Sheets.FirstOrDefault(s => string.Equals(Clean(s.Name, Mode.Code, out _), Specs[i].Name, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                _issues.Add(WorkbookIssues.SheetMissing.Create(field: Specs[i].Name, location: new SourceLocation(_file),
                    args: new object[] { Specs[i].Name, string.Join(", ", workbook.Sheets.Select(s => s.Name)) }));
                continue;
            }

            tables[i] = ReadSheet(sheet, Specs[i], i == 0 ? t => title = t : null);
        }

        if (tables.Any(t => t is null)) return Fail();
        var (mdcs, adrgs, drgs, sets, cc, exclusions) = (tables[0]!, tables[1]!, tables[2]!, tables[3]!, tables[4]!, tables[5]!);
        WorkbookAmendment.Apply(_pack, mdcs, adrgs, drgs, sets, exclusions, _issues, _steps);
        MarkFallbacks(adrgs, AdrgMdc, AdrgSeq, AdrgCode, AdrgCondition, "00", "MDC");
        MarkFallbacks(drgs, DrgAdrg, DrgSeq, DrgCode, DrgCondition, "000", "ADRG");
        KindsFromCodes(adrgs);
        RegionalFields(mdcs, MdcCode, MdcCondition);
        RegionalFields(adrgs, AdrgCode, AdrgCondition);
        RegionalFields(drgs, DrgCode, DrgCondition);
        Summaries(tables!);

        var diagnoses = DrgSchemeLoader.ReadDictionaryCsv(_pack, _issues, "diagnoses.csv", required: false);
        var procedures = DrgSchemeLoader.ReadDictionaryCsv(_pack, _issues, "procedures.csv", required: false);
        _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.Dictionaries, null, DictionaryNote(diagnoses, procedures)));

        var input = new SchemeInput(mdcs, adrgs, drgs, sets, cc, exclusions, diagnoses, procedures, WorkbookRuleParser.Language)
        {
            Manifest = Manifest(title),
        };
        var result = DrgSchemeLoader.Assemble(_pack, input, _issues);
        return result.WithReport(Report(result.Scheme));
    }

    private DrgSchemeLoadResult Fail() => new DrgSchemeLoadResult(null, _issues.ToImmutable()).WithReport(Report(null));

    private DrgWorkbookImportReport Report(DrgScheme? scheme) => new(_file, _sheets.ToImmutableArray(), _steps.ToImmutableArray(), _issues.ToImmutable(),
        scheme is null ? null : $"{scheme.Mdcs.Length} MDC, {scheme.Adrgs.Length} ADRG, {scheme.Drgs.Length} DRG, {scheme.TableNames.Length} sets, {scheme.Diagnoses.Count} diagnoses, {scheme.Procedures.Count} procedures");

    /// <summary>The pack's manifest, named after the workbook's title when <c>scheme.json</c> gives no name, with the workbook format.</summary>
    private RulePackManifest Manifest(string? title)
    {
        var m = _pack.Manifest;
        var named = m.Name != m.Id || title is null ? m.Name : title;
        return new RulePackManifest(m.Id, named, m.Version, DrgScheme.WorkbookFormatName, m.Source, m.Notes, m.Properties);
    }

    private WorkbookSchemeTable? ReadSheet(WorkbookSheet sheet, SheetSpec spec, Action<string>? title)
    {
        // The header row: the first of the top rows in which every required column's header text is found.
        int[]? columns = null;
        string[]? headers = null;
        var headerRow = 0;
        var bestFound = -1;
        string bestHeaders = string.Empty;
        int[]? bestColumns = null;
        foreach (var row in sheet)
        {
            if (row.Number > HeaderSearchRows) break;
            // Header texts compare with every white-space character removed (a header never holds a meaningful space: "MDC 编码").
            var texts = row.Cells.ToArray().Select(c => (c.Column, Text: new string(c.Text.Where(ch => !WorkbookText.IsSpace(ch)).ToArray()))).ToList();
            var found = new int[spec.Columns.Length];
            var names = new string[spec.Columns.Length];
            var complete = true;
            var count = 0;
            for (var role = 0; role < spec.Columns.Length; role++)
            {
                var column = spec.Columns[role];
                names[role] = column.Headers.Length > 0 ? column.Headers[0] : column.Derived ? "(" + DerivedName(spec.Name) + ")" : string.Empty;
                if (column.Headers.Length == 0)
                {
                    found[role] = column.Derived ? -1 : 0;
                    continue;
                }

                foreach (var header in column.Headers)
                {
                    var matches = texts.Where(t => t.Text == header).ToList();
                    if (matches.Count == 0) continue;
                    found[role] = matches[0].Column;
                    names[role] = header;
                    if (matches.Count > 1)
                    {
                        _issues.Add(WorkbookIssues.ColumnRepeated.Create(field: header, location: new SourceLocation(_file, sheet.Name, row.Number, matches[1].Column, header),
                            args: new object[] { sheet.Name, header, SourceLocation.ColumnLetters(matches[0].Column) }));
                    }

                    break;
                }

                if (found[role] > 0) count++;
                else if (column.Required) complete = false;
            }

            if (complete)
            {
                columns = found;
                headers = names;
                headerRow = row.Number;
                break;
            }

            if (count > bestFound)
            {
                bestFound = count;
                bestColumns = found;
                bestHeaders = string.Join(", ", texts.Where(t => t.Text.Length > 0).Select(t => SourceLocation.ColumnLetters(t.Column) + "=" + t.Text));
            }
        }

        if (columns is null || headers is null)
        {
            // Every required column the closest row lacks, each with the header texts that would have been accepted.
            for (var role = 0; role < spec.Columns.Length; role++)
            {
                var column = spec.Columns[role];
                if (!column.Required || column.Headers.Length == 0 || (bestColumns is not null && bestColumns[role] > 0)) continue;
                _issues.Add(WorkbookIssues.ColumnMissing.Create(field: column.Headers[0], location: new SourceLocation(_file, sheet.Name, 0, 0, null),
                    args: new object[] { sheet.Name, HeaderSearchRows, string.Join(" / ", column.Headers), bestHeaders.Length == 0 ? "-" : bestHeaders }));
            }

            return null;
        }

        if (title is not null && sheet.Count > 0 && sheet[0].Number < headerRow && sheet[0].Cells.Length > 0)
        {
            title(Clean(sheet[0].Cells.Span[0].Text, Mode.Text, out _));
        }

        var table = new WorkbookSchemeTable(_file, sheet.Name, columns, headers, headerRow);
        var empty = 0;
        var members = spec.Name == "集合" ? new HashSet<(string, string)>() : null;
        for (var index = 0; index < sheet.Count; index++)
        {
            var row = sheet[index];
            if (row.Number <= headerRow) continue;
            var cells = new string?[spec.Columns.Length];
            var any = false;
            for (var role = 0; role < spec.Columns.Length; role++)
            {
                if (columns[role] <= 0) continue;
                var cell = row[columns[role]];
                var text = cell?.Text ?? string.Empty;
                var mode = spec.Columns[role].Mode;
                var cleaned = Clean(text, mode, out var removed);
                if (cleaned.Length > 0) any = true;
                if (!ReferenceEquals(cleaned, text) && cleaned != text)
                {
                    var at = new SourceLocation(_file, sheet.Name, row.Number, columns[role], headers[role]);
                    if (mode == Mode.Rule && cleaned.Length == 0)
                    {
                        _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.EmptyRule, at,
                            new LocalizedText("规则只含空白（" + removed + "），按空规则（恒为真）处理", "the rule holds only white space (" + removed + "): read as the empty rule (always true)")));
                    }
                    else
                    {
                        var what = removed ?? "surrounding or repeated spaces";
                        _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.Cleaned, at, new LocalizedText("去除 " + what, "removed " + what), cleaned));
                    }
                }

                if (mode == Mode.Number && cell is { Kind: WorkbookCellKind.Text } && cleaned.Length > 0)
                {
                    // A whole number written as text, also as "12.0"; anything else stays as written and fails as not a number.
                    if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && Math.Abs(number) < int.MaxValue)
                    {
                        cleaned = ((long)number).ToString(CultureInfo.InvariantCulture);
                    }

                    _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.NumberFromText, new SourceLocation(_file, sheet.Name, row.Number, columns[role], headers[role]),
                        new LocalizedText("序号以文本存储，按数值读取", "order number stored as text, read as a number"), cleaned));
                }

                if (spec.Columns[role].IcdCode && cell is { Kind: WorkbookCellKind.Number })
                {
                    // A code typed as a number shows as Excel formats it: 36.0600 may be stored as 36.06. Nothing is guessed; the cell is reported.
                    _issues.Add(WorkbookIssues.CodeStoredAsNumber.Create(field: headers[role], value: cleaned,
                        location: new SourceLocation(_file, sheet.Name, row.Number, columns[role], headers[role]), args: cleaned));
                }

                cells[role] = cleaned;
            }

            if (!any)
            {
                empty++;
                continue;
            }

            if (members is not null && cells[TableName] is { Length: > 0 } set && cells[TableCode] is { Length: > 0 } code && !members.Add((set, code)))
            {
                _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.DuplicateMember, new SourceLocation(_file, sheet.Name, row.Number, columns[TableCode], headers[TableCode]),
                    new LocalizedText($"集合 {set} 重复列出 {code}，重复行不起作用", $"set {set} lists {code} again; the repeat adds nothing"), code));
            }

            table.Rows.Add(new WorkbookTableRow(row.Number, cells));
        }

        table.EmptyRowCount = empty;
        return table;
    }

    /// <summary>
    /// Marks the fallback rows of a sheet (an empty rule and a code ending <paramref name="suffix"/>) to be tried after every other row
    /// of their scope, whatever their order number says (nhsa-drg-workbook.md: the 2026-09-09 workbook sorts O00 ahead of OT1 and OZ1).
    /// </summary>
    private void MarkFallbacks(WorkbookSchemeTable table, int scopeRole, int seqRole, int codeRole, int ruleRole, string suffix, string scopeName)
    {
        foreach (var scope in table.Rows.GroupBy(r => r.Cells[scopeRole] ?? string.Empty, StringComparer.Ordinal))
        {
            var rows = scope.ToList();
            foreach (var row in rows)
            {
                var code = row.Cells[codeRole] ?? string.Empty;
                if ((row.Cells[ruleRole] ?? string.Empty).Length != 0 || code.Length <= suffix.Length || !code.EndsWith(suffix, StringComparison.Ordinal)) continue;
                row.TriedLast = true;
                var seq = Seq(row.Cells[seqRole]);
                var after = rows.Where(r => r != row && !IsFallback(r) && Seq(r.Cells[seqRole]) >= seq).Select(r => r.Cells[codeRole] + " (" + r.Cells[seqRole] + ")").ToList();
                if (after.Count == 0) continue; // already last: nothing moves
                bool IsFallback(WorkbookTableRow r) => (r.Cells[ruleRole] ?? string.Empty).Length == 0 && (r.Cells[codeRole] ?? string.Empty).EndsWith(suffix, StringComparison.Ordinal);
                _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.FallbackTriedLast, table.At(table.Rows.IndexOf(row), seqRole),
                    new LocalizedText($"{code} 是 {scopeName} {scope.Key} 的兜底行（空规则），排序 {row.Cells[seqRole]} 被忽略，排在 {string.Join("、", after)} 之后尝试",
                        $"{code} is the fallback row of {scopeName} {scope.Key} (empty rule): its order {row.Cells[seqRole]} is set aside and it is tried after {string.Join(", ", after)}"), code));
            }
        }
    }

    private static int Seq(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    /// <summary>
    /// The ADRG kind, which the workbook has no column for, from the code by the CHS-DRG naming convention: <c>xQY</c> ambiguous; second
    /// letter A–J surgical (外科手术), K–Q non-OR procedure (非手术室操作), R–Z medical (内科); a fallback row (<c>x00</c>) medical. The
    /// kind is informative (the rule alone decides membership) except that an ambiguous group's results carry the status Ambiguous.
    /// </summary>
    private void KindsFromCodes(WorkbookSchemeTable adrgs)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in adrgs.Rows)
        {
            var code = row.Cells[AdrgCode] ?? string.Empty;
            var kind = code.Length >= 3 && code.EndsWith("QY", StringComparison.Ordinal) ? "ambiguous"
                : code.Length < 2 ? "medical"
                : code[1] is >= 'A' and <= 'J' ? "surgical"
                : code[1] is >= 'K' and <= 'Q' ? "procedure"
                : "medical";
            row.Cells[AdrgKindColumn] = kind;
            counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
        }

        var list = string.Join(", ", counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
        _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.KindFromCode, null, new LocalizedText(
            "工作簿没有 ADRG 类型列，按 CHS-DRG 编码规则由编码第二位确定（A–J 外科手术、K–Q 非手术室操作、R–Z 内科、xQY 歧义组、x00 兜底行按内科）：" + list,
            "the workbook has no ADRG kind column; kinds are read from the code's second letter by the CHS-DRG convention (A–J surgical, K–Q non-OR procedure, R–Z medical, xQY ambiguous, x00 fallback rows medical): " + list)));
    }

    private void RegionalFields(WorkbookSchemeTable table, int codeRole, int ruleRole)
    {
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var rule = table.Rows[row].Cells[ruleRole] ?? string.Empty;
            if (!WorkbookRuleParser.UsesRegionalFields(rule)) continue;
            _steps.Add(new WorkbookImportStep(WorkbookImportStepKind.RegionalField, table.At(row, ruleRole),
                new LocalizedText($"{table.Rows[row].Cells[codeRole]} 的规则使用地方扩展字段（ZYTS 住院天数 / ZZJHSC 重症监护时长）",
                    $"the rule of {table.Rows[row].Cells[codeRole]} reads a regional extension field (ZYTS length of stay / ZZJHSC intensive-care hours)"), rule));
        }
    }

    private LocalizedText DictionaryNote(SchemeTable? diagnoses, SchemeTable? procedures)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        string Zh(SchemeTable? t, string file, string kind) => t is null ? $"无 {file}：{kind}取自规则读取的集合" + (kind == "诊断" ? "、CC 表和排除表" : string.Empty) : $"{file}（{N(t.Count)} 行）";
        string En(SchemeTable? t, string file, string kind) => t is null ? $"no {file}: the known {kind} are the members of the sets the rules read for them" + (kind == "diagnoses" ? ", the CC sheet and the exclusion tables" : string.Empty) : $"{file} ({N(t.Count)} rows)";
        return new LocalizedText(Zh(diagnoses, "diagnoses.csv", "诊断") + "；" + Zh(procedures, "procedures.csv", "手术操作"),
            En(diagnoses, "diagnoses.csv", "diagnoses") + "; " + En(procedures, "procedures.csv", "procedures"));
    }

    private void Summaries(WorkbookSchemeTable[] tables)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        static int Distinct(WorkbookSchemeTable t, int role)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in t.Rows)
            {
                if (row.Cells[role] is { Length: > 0 } value) seen.Add(value);
            }

            return seen.Count;
        }

        var (mdcs, adrgs, drgs, sets, cc, exclusions) = (tables[0], tables[1], tables[2], tables[3], tables[4], tables[5]);
        var contents = new[]
        {
            new LocalizedText($"{N(Distinct(mdcs, MdcCode))} 个 MDC", $"{N(Distinct(mdcs, MdcCode))} MDC"),
            new LocalizedText($"{N(Distinct(adrgs, AdrgCode))} 个 ADRG，分属 {N(Distinct(adrgs, AdrgMdc))} 个 MDC", $"{N(Distinct(adrgs, AdrgCode))} ADRG in {N(Distinct(adrgs, AdrgMdc))} MDC"),
            new LocalizedText($"{N(Distinct(drgs, DrgCode))} 个 DRG", $"{N(Distinct(drgs, DrgCode))} DRG"),
            SetSummary(sets),
            CcSummary(cc),
            new LocalizedText($"{N(Distinct(exclusions, ExclusionGroup))} 个排除表", $"{N(Distinct(exclusions, ExclusionGroup))} exclusion tables"),
        };
        for (var i = 0; i < tables.Length; i++)
        {
            var t = tables[i];
            var columns = Enumerable.Range(0, Specs[i].Columns.Length).Where(r => t.Column(r) > 0).Select(r => new WorkbookColumn(t.RoleName(r), t.Column(r)))
                .OrderBy(c => c.Column).ToImmutableArray();
            var read = 0;
            foreach (var row in t.Rows) read += row.Origin is null ? 1 : 0;
            _sheets.Add(new WorkbookSheetReport(t.Name, t.HeaderRow, columns, read, t.EmptyRowCount, contents[i]));
        }

        LocalizedText SetSummary(WorkbookSchemeTable t)
        {
            var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in t.Rows)
            {
                if (row.Origin is not null) continue;
                var type = row.Cells[4] is { Length: > 0 } v ? v : "-";
                types[type] = types.TryGetValue(type, out var n) ? n + 1 : 1;
            }

            var typeText = types.Count == 0 ? string.Empty : "; 类型编号 " + string.Join(", ", types.Select(p => p.Key + " ×" + N(p.Value)));
            return new LocalizedText($"{N(Distinct(t, TableName))} 个集合" + typeText, $"{N(Distinct(t, TableName))} sets" + typeText.Replace("类型编号", "type"));
        }

        LocalizedText CcSummary(WorkbookSchemeTable t)
        {
            int mcc = 0, ccRows = 0;
            var levels = new Dictionary<string, int>(StringComparer.Ordinal); // bit 1 MCC, bit 2 CC, by code
            foreach (var row in t.Rows)
            {
                var level = string.Equals(row.Cells[CcLevel], "MCC", StringComparison.OrdinalIgnoreCase) ? 1 : string.Equals(row.Cells[CcLevel], "CC", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
                if (level == 1) mcc++;
                if (level == 2) ccRows++;
                var code = row.Cells[CcCode] ?? string.Empty;
                levels[code] = (levels.TryGetValue(code, out var bits) ? bits : 0) | level;
            }

            var both = levels.Values.Count(b => b == 3);
            return new LocalizedText($"{N(mcc)} 行 MCC，{N(ccRows)} 行 CC，{N(levels.Count)} 个编码（{N(both)} 个同时列为 MCC 与 CC）",
                $"{N(mcc)} MCC rows, {N(ccRows)} CC rows, {N(levels.Count)} codes ({N(both)} listed both as MCC and as CC)");
        }
    }

    private static string Clean(string text, Mode mode, out string? removed) =>
        WorkbookText.Clean(text, mode is Mode.Rule or Mode.Text ? WorkbookText.Mode.Text : WorkbookText.Mode.Code, out removed);

    private static string DerivedName(string sheet) => sheet == "ADRG" ? "kind from code" : "derived";

    private static ColumnSpec Col(bool required, Mode mode, params string[] headers) => new(headers, required, mode, derived: false);

    private static ColumnSpec Icd(bool required, params string[] headers) => new(headers, required, Mode.Code, derived: false) { IcdCode = true };

    private static ColumnSpec Derived() => new(Array.Empty<string>(), required: false, Mode.Code, derived: true);

    private static ColumnSpec None() => new(Array.Empty<string>(), required: false, Mode.Code, derived: false);

    private sealed class ColumnSpec
    {
        public ColumnSpec(string[] headers, bool required, Mode mode, bool derived)
        {
            Headers = headers;
            Required = required;
            Mode = mode;
            Derived = derived;
        }

        public string[] Headers { get; }

        public bool Required { get; }

        public Mode Mode { get; }

        public bool Derived { get; }

        /// <summary>Whether the column holds ICD codes (a number there may have lost its trailing zeros).</summary>
        public bool IcdCode { get; init; }
    }

    private sealed class SheetSpec
    {
        public SheetSpec(string name, ColumnSpec[] columns)
        {
            Name = name;
            Columns = columns;
        }

        public string Name { get; }

        public ColumnSpec[] Columns { get; }
    }
}
