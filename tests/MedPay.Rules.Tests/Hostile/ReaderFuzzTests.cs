using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// A fuzz target per reader (issue 14): FsCheck generators of hostile text (quotes, separators, brackets, lone surrogates, escapes, huge and
/// odd numbers, deep nesting, keywords of every language) fed through the library's entry points; none may throw. The seed is fixed and the
/// count short for CI (<see cref="DefaultCount"/> per reader); a longer run sets <c>MEDPAY_FUZZ_COUNT</c> (and optionally
/// <c>MEDPAY_FUZZ_SEED</c>), e.g. <c>MEDPAY_FUZZ_COUNT=5000 dotnet test tests/MedPay.Rules.Tests -c Release --filter FullyQualifiedName~ReaderFuzz</c>
/// (docs/limits.md).
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>Inputs per reader in CI.</summary>
    public const int DefaultCount = 60;

    private readonly ITestOutputHelper _output;

    public ReaderFuzzTests(ITestOutputHelper output) => _output = output;

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("MEDPAY_FUZZ_COUNT"), out var n) && n > 0 ? n : DefaultCount;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("MEDPAY_FUZZ_SEED"), out var s) ? s : 20_261_202UL;

    private static readonly string[] Fragments =
    {
        ",", ",", "\"", "\"\"", "'", "\n", "\r\n", "\r", "\t", " ", "{", "}", "[", "]", ":", "(", ")", "((((((((", "))))", "=", "==", ">=", "<", "!",
        "not ", "not not ", "and ", "or ", "in ", "true", "false", "null", "main_dx in ", "count_tags(", "sex == ", "ZYZD in ", "QTZD not in ", "{ZYZD, QTZD}",
        "MCC", "NL > ", "XB = ", "\\ud800", "\\udfff", "\\u0000", "\\", "\"\\ud800\"", "\ud800", "\udc00", "\u0000", "\uFEFF", "\u200B", "_x000D_", "（", "，",
        "0", "-1", "1e400", "-0", "NaN", "Infinity", "9999999999999999999999999999999", "79228162514264337593543950336", "0.000000000000000000000000000001",
        "2147483648", "-2147483649", "1,5", "1.2.3", "A01.000", "01.0001", "K35.800", "Z99.999", "中文名称", "甲", "hospital", "department", "group",
        "setlinfo", "diseinfo", "{\"setlinfo\":", "\"psn_selfpay\":", "\"members\":[", "\"hospital\":{", "employee", "resident", "2024-13-45", "1/25/61",
    };

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)),
        Gen.Elements(Fragments).NonEmptyListOf().Select(parts => string.Join(",", parts)),
        Gen.Choose(0, 3_000).Select(n => new string('(', n) + "true" + new string(')', n / 2)),
        Gen.Choose(0, 20_000).Select(n => new string('9', n)),
        Gen.Choose(0, 5_000).Select(n => string.Concat(Enumerable.Repeat("not ", n)) + "true"),
        Gen.Choose(0, 2_000).Select(n => new string('[', n) + new string(']', n)));

    /// <summary>Hostile text, half the time after a valid header so that the row-level code runs too.</summary>
    private static IEnumerable<string> Inputs(string header)
    {
        var gen = Gen.Frequency((1, Hostile), (2, Hostile.Select(h => header + "\n" + h)), (1, Hostile.Two().Select(t => header + "\n" + t.Item1 + "\n" + t.Item2)));
        return gen.Sample(Count, new Rnd(Seed + (ulong)header.Length, 0x9E3779B97F4A7C15UL), 30); // (count, seed, size)
    }

    private void Fuzz(string reader, string header, Action<string> read)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var input in Inputs(header))
        {
            count++;
            try
            {
                read(input);
            }
            catch (Exception e)
            {
                var shown = input.Length <= 200 ? input : input.Substring(0, 200) + $"… ({input.Length} chars)";
                failures.Add($"{e.GetType().Name}: {e.Message}\n  input: {Escape(shown)}\n  {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        _output.WriteLine($"{reader}: {count} inputs, {failures.Count} unhandled exceptions");
        Assert.True(failures.Count == 0, $"{reader}: {failures.Count} of {count} inputs threw:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string Escape(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text) b.Append(c < ' ' || char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("x4") : c.ToString());
        return b.ToString();
    }

    private static string CsvCell(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static void LoadMini(string file, string text) => DrgScheme.TryLoad(new MiniScheme().With(file, text).Pack());

    [Fact]
    public void Pack_manifest() => Fuzz("manifest", "{\"id\":\"x\",", text => LoadMini("scheme.json", text));

    [Fact]
    public void Pack_tables() => Fuzz("tables.csv", "table,code,tag", text => LoadMini("tables.csv", text));

    [Fact]
    public void Pack_dictionaries() => Fuzz("diagnoses.csv", "code,name,sex,min_age,max_age,not_main,or", text => LoadMini("diagnoses.csv", text));

    [Fact]
    public void Pack_maps() => Fuzz("diagnosis_map.csv", "from,to,status", text =>
    {
        var scheme = DrgScheme.TryLoad(new MiniScheme().With("diagnosis_map.csv", text).Pack()).Scheme;
        _ = scheme?.DiagnosisMap; // the maps are read on first use
    });

    [Fact]
    public void Pack_amendments() => Fuzz("amendments.csv", "action,target,code,value,note", text =>
    {
        var workbook = new TestWorkbook().Pack();
        var files = workbook.FileNames.ToDictionary(n => n, n => workbook.ReadBytes(n)!.Value.ToArray());
        files["amendments.csv"] = Encoding.UTF8.GetBytes(text);
        DrgScheme.TryLoad(RulePack.FromFiles(files, "wb"), XlsxWorkbookReader.Instance);
    });

    [Fact]
    public void Condition_language() => Fuzz("condition", "main_dx in X_DX and", text =>
        LoadMini("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,测试,surgical," + CsvCell(text) + "\nMDCX,2,XR1,测试内科,medical,true\n"));

    [Fact]
    public void Workbook_rule_language() => Fuzz("workbook rule", "ZYZD in DI_X and", hostile => WorkbookRule(XmlText(hostile)));

    /// <summary>What an xlsx cell can hold: the test's own workbook writer refuses characters XML cannot carry (controls, lone surrogates).</summary>
    private static string XmlText(string text)
    {
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) b.Append(c).Append(text[++i]);
            else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF')) b.Append(c);
        }

        return b.ToString();
    }

    private static void WorkbookRule(string text) => _ = new TestWorkbook()
        .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" }, new object?[] { "ZZ1", "被测", text, "MDCX", 1 })
        .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" }, new object?[] { "ZZ19", "被测", text, "ZZ1", "MDCX", 1 })
        .TryLoad();

    private static readonly SettlementValidator Validator = new(SettlementRuleCatalogue.LoadDefault());

    [Fact]
    public void Settlement_json() => Fuzz("settlement JSON", "{\"setlinfo\":{\"setl_id\":\"S1\",\"psn_selfpay\":", text =>
    {
        var read = SettlementJson.Read(text, "in.json");
        SettlementReportWriter.ToText(Validator.ValidateAll(read));
        foreach (var list in read.Lists) SettlementJson.Write(list);
    });

    [Fact]
    public void Settlement_json_lines() => Fuzz("settlement JSON lines", "{\"setlinfo\":{\"setl_id\":\"S1\"}}", text =>
    {
        var read = SettlementJson.Read(text.Replace(",", "\n"), "in.jsonl");
        SettlementReportWriter.ToJson(Validator.ValidateAll(read));
    });

    [Fact]
    public void Settlement_csv() => Fuzz("settlement CSV", "SETL_ID,PSN_SELFPAY,DIAG_CODE", text => Validator.ValidateAll(SettlementCsv.Read(text, "in.csv")));

    [Fact]
    public void Retention_hospital_input() => Fuzz("retention hospital", "level,id,name,payment,fee_for_item,indicators", text =>
    {
        if (RetentionInput.ReadYearEnd(text, "in.csv", out _) is { } csv) HospitalYearEnd.Compute(RetentionPolicy.Seed, csv);
        if (RetentionInput.ReadYearEnd(text, "in.json", out _) is { } json) HospitalYearEnd.Compute(RetentionPolicy.Seed, json);
    });

    [Fact]
    public void Retention_alliance_input() => Fuzz("retention alliance", "id,name,level,cost,revenue,volume", text =>
    {
        var defaults = new AllianceYearEndInput { Budget = 1_000_000m, ShareRule = "alliance_30_40_30", QualityGrade = "qualified" };
        if (RetentionInput.ReadAlliance(text, "in.csv", defaults, out _) is { } csv) AllianceYearEnd.Compute(RetentionPolicy.Seed, csv);
        if (RetentionInput.ReadAlliance(text, "in.json", defaults, out _) is { } json) AllianceYearEnd.Compute(RetentionPolicy.Seed, json);
        RetentionInput.IsAllianceJson(text);
    });

    [Fact]
    public void Dip_cases() => Fuzz("DIP cases", "id,hospital_id,hospital_grade,fund,diagnoses,procedures,total_cost,personal_payment", text =>
    {
        var run = DipRun.Execute(DipCatalogue.Example, text, "cases.csv", new DipPointPrices(100m));
        run.ToCsv();
        run.ToJson();
    });

    private static readonly PaymentParameters Payment = PaymentParameters.LoadDefault();

    [Fact]
    public void Payment_cases() => Fuzz("payment cases", "id,drg,grouping_status,total_cost,personal_payment,fund,grade,los_days", text =>
    {
        var engine = new DrgPaymentEngine(Payment);
        var records = PaymentCaseCsv.Parse(text, "cases.csv", Payment, InsuredFund.Employee, "3", out _);
        var cases = records.Where(r => r.Case is not null).Select(r => r.Case!.Value).ToArray();
        HospitalYearResult.Compute(cases, cases.Select(c => engine.Pay(c)).ToArray());
    });

    [Fact]
    public void Drg_cases() => Fuzz("DRG cases", "id,sex,age_years,age_days,los_days,discharge,diagnoses,procedures", text =>
    {
        var grouper = new MiniScheme().Load().CreateGrouper();
        foreach (var record in DrgCaseCsv.Parse(text, "cases.csv", out _))
        {
            if (record.Case is { } c) grouper.Group(c);
        }
    });

    [Fact]
    public void Other_pack_kinds() => Fuzz("payment / DIP / retention / settlement packs", "name,value", text =>
    {
        var files = new Dictionary<string, string> { ["pack.json"] = "{\"id\":\"x\"}", ["parameters.csv"] = text, ["weights.csv"] = text, ["groups.csv"] = text, ["rules.csv"] = text, ["targets.csv"] = text };
        var pack = RulePack.FromTexts(files, "x");
        PaymentParameters.TryLoad(pack);
        DipCatalogue.TryLoad(pack, out _, out _);
        RetentionPolicy.TryLoad(pack, out _, out _);
        SettlementRuleCatalogue.TryLoad(pack);
    });
}
