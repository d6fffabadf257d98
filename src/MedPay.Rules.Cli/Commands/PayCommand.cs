using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay pay</c>: pays grouped cases (the output of <c>medpay group</c> plus cost columns) with a DRG payment parameter pack.</summary>
internal static class PayCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static Command Create()
    {
        var parameters = new Option<string?>("--params") { Description = "payment parameter pack: folder, zip or embedded id (default: the embedded drg-payment-example) / DRG 付费参数包" };
        var input = new Option<string>("--in") { Description = "grouped cases CSV: id,drg[,status] + total_cost[,personal_payment,fund,grade,los_days,hospital,dept,died,addons] / 已分组病例 CSV", Required = true };
        var output = new Option<string>("--out") { Description = "payments: .csv or .json / 支付结果（.csv 或 .json）", Required = true };
        var fund = new Option<string>("--fund") { Description = "fund of rows without one: employee | resident / 默认险种", DefaultValueFactory = _ => "employee" };
        var year = new Option<string?>("--year-out") { Description = "also write each hospital's year-end result (JSON: DRG payment vs fee-for-item, by department and DRG) / 输出医院年度结算结果（JSON）" };
        var grade = new Option<string>("--grade") { Description = "hospital grade of rows without one (default 3) / 默认医院等级", DefaultValueFactory = _ => "3" };
        var scheme = SchemeOption.Create();
        scheme.Description = "group the cases first with this DRG scheme when the file has no drg column (a case file with cost columns) / 文件无 drg 列时先用此分组方案分组";
        var columns = new Option<string?>("--columns") { Description = PayColumns.Set.Description + "; in JSON the keys of each case" };
        var command = new Command("pay", "Pay grouped cases by DRG (按病组付费): standard, outliers, fund share, year-end result per hospital / DRG 支付测算")
        {
            parameters, input, output, fund, grade, year, scheme, columns,
        };
        var io = new IoOptions();
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse => io.Read(parse) is { } settings
            ? Run(parse.GetValue(parameters), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(fund)!, parse.GetValue(grade)!, parse.GetValue(year), parse.GetValue(scheme),
                parse.GetValue(columns), settings)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? packPath, string inputPath, string outputPath, string fundText, string grade, string? yearPath, string? schemePath, string? columnsText,
        IoOptions.Settings io)
    {
        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath), ("--year-out", yearPath))) return ExitCodes.Usage;
        if (PayColumns.Set.Read(columnsText) is not { } columns) return ExitCodes.Usage;
        if (!FundOption.TryParse(fundText, out var fund)) return ExitCodes.Usage;
        var parameters = PackLoading.Load(packPath, PaymentParameters.DefaultEmbeddedPackId, PaymentParameters.Load);
        if (parameters is null) return ExitCodes.BadRulePack;
        if (!GradeOption.CheckHospitalGrade("--grade", grade, parameters)) return ExitCodes.Usage;

        var text = PackLoading.ReadInput(inputPath, io);
        if (text is null) return ExitCodes.BadInput;
        if (schemePath is not null)
        {
            var grouped = GroupFirst(text, inputPath, schemePath, out var exit);
            if (exit != 0) return exit;
            text = grouped ?? text;
        }

        var records = PaymentCaseCsv.Parse(text, Path.GetFileName(inputPath), parameters, fund, grade, out var fileIssues);
        Console2.Issues(fileIssues);
        if (fileIssues.Any(i => i.Severity == IssueSeverity.Error))
        {
            Console2.Error($"病例文件 {inputPath} 无法使用", $"the case file {inputPath} cannot be used");
            return ExitCodes.BadInput;
        }

        Console2.Issues(records.SelectMany(r => r.Issues));
        var engine = new DrgPaymentEngine(parameters);
        var cases = records.Where(r => r.Case is not null).Select(r => r.Case!.Value).ToArray();
        var payments = new CasePayment[cases.Length];
        engine.PayBatch(cases, payments);
        var rows = new List<PayColumns.Row>(records.Count);
        for (int i = 0, k = 0; i < records.Count; i++)
        {
            var record = records[i];
            rows.Add(new PayColumns.Row(record, record.Case is not null ? payments[k++] : null, engine));
        }

        var json = outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var rendered = json ? JsonResult(columns, rows, parameters.Identity, fileIssues) : ResultTable.Csv(columns, rows, io.ExcelText);
        if (!PackLoading.WriteOutput(outputPath, rendered, io)) return ExitCodes.CannotWrite;
        var hospitals = HospitalYearResult.Compute(cases, payments, parameters.Policy);
        if (yearPath is not null && !PackLoading.WriteOutput(yearPath, JsonSerializer.Serialize(hospitals.Select(h => YearView(h, parameters.Identity)), Json))) return ExitCodes.CannotWrite;
        Summarize(records.Count, payments, hospitals, parameters);
        return ExitCodes.Success;
    }

    /// <summary>
    /// With <c>--scheme</c> and no <c>drg</c> column: the case file grouped as <c>medpay group --keep-columns</c> writes it (the five result
    /// columns, then the input's columns), for the payment reader. Null when the file has a <c>drg</c> column (it is paid as it is).
    /// </summary>
    private static string? GroupFirst(string text, string inputPath, string schemePath, out int exit)
    {
        exit = 0;
        var csv = DrgCaseCsvReader.Open(new StringReader(text), Path.GetFileName(inputPath), keepFields: true);
        if (csv.Header.Any(h => string.Equals(h, "drg", StringComparison.OrdinalIgnoreCase)))
        {
            Console2.Info("note / 提示: the file has a drg column, so it is paid as grouped and --scheme is not used / 文件已有 drg 列，未重新分组");
            return null;
        }

        if (!csv.HasRequiredColumns)
        {
            Console2.Error($"病例文件 {inputPath} 既无 drg 列也无法分组", $"the case file {inputPath} has no drg column and cannot be grouped");
            Console2.Issues(csv.FileIssues);
            exit = ExitCodes.BadInput;
            return null;
        }

        var drg = SchemeOption.Load(schemePath);
        if (drg is null)
        {
            exit = ExitCodes.BadRulePack;
            return null;
        }

        var columns = GroupColumns.Default;
        var kept = Enumerable.Range(0, csv.Header.Length).Where(i => !columns.Any(c => string.Equals(c.Name, csv.Header[i], StringComparison.OrdinalIgnoreCase))).ToArray();
        var grouped = new StringBuilder();
        grouped.Append(Cli.Csv.Line(columns.Select(c => c.Name).Concat(kept.Select(i => csv.Header[i])).ToArray())).Append('\n');
        var grouper = drg.CreateGrouper();
        var counts = 0;
        foreach (var record in csv.ReadAll())
        {
            DrgResult? result = record.Case is { } c ? grouper.Group(c) : null;
            var values = GroupColumns.Case.Of(record, result, drg.Identity);
            for (var i = 0; i < columns.Length; i++) columns[i].Append(i > 0 ? grouped.Append(',') : grouped, values, false);
            foreach (var k in kept) Cli.Csv.Append(grouped.Append(','), k < record.Fields.Length ? record.Fields[k] : string.Empty);
            grouped.Append('\n');
            counts++;
        }

        Console2.Info($"{counts:N0} cases grouped first with {drg.Identity}");
        return grouped.ToString();
    }

    /// <summary>
    /// The JSON result: <c>{ pack: {id, version, hash}, issues, cases }</c> as <c>medpay dip</c> lays it out, each case an object with the
    /// chosen columns as snake_case keys (the CSV column names), amounts as JSON numbers (null where the CSV cell is empty),
    /// <c>special_review</c> as true or false.
    /// </summary>
    private static string JsonResult(IReadOnlyList<ResultColumn<PayColumns.Row>> columns, List<PayColumns.Row> rows, RulePacks.RulePackIdentity pack, System.Collections.Immutable.ImmutableArray<Issue> fileIssues)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("pack");
            json.WriteString("id", pack.Id);
            json.WriteString("version", pack.Version);
            json.WriteString("hash", pack.ContentHash);
            json.WriteEndObject();
            json.WriteStartArray("issues");
            foreach (var issue in fileIssues)
            {
                json.WriteStartObject();
                json.WriteString("code", issue.Code);
                json.WriteString("zh", issue.Message.Zh);
                json.WriteString("en", issue.Message.En);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            ResultTable.Json(json, "cases", columns, rows, emptyTextIsNull: false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static object LineView(HospitalYearLine line) => new
    {
        id = line.Key, name = line.Key, payment = line.DrgPaymentTotal, fee_for_item = line.FeeForItemTotal, cases = line.Cases, fund_share = line.FundShareTotal, balance = line.Balance,
    };

    /// <summary>
    /// One hospital's year in the hospital JSON layout <c>medpay retention</c> reads (docs/retention.md §6: <c>hospital</c>, <c>departments</c>,
    /// <c>groups</c> with <c>payment</c> = the DRG payment and <c>fee_for_item</c>), plus what the payment run adds (cases, fund share, balance,
    /// special review, issues) and the payment pack; keys in snake_case.
    /// </summary>
    private static object YearView(HospitalYearResult h, RulePacks.RulePackIdentity pack) => new
    {
        hospital = new { id = h.Hospital, name = h.Hospital, payment = h.DrgPaymentTotal, fee_for_item = h.FeeForItemTotal },
        departments = h.ByDepartment.Select(LineView), groups = h.ByDrg.Select(LineView),
        cases = h.Cases, invalid_cases = h.InvalidCases, fund_share_total = h.FundShareTotal, balance = h.Balance, result = BalanceWord(h.Balance),
        special_review_cases = h.SpecialReviewCases, special_review_cap = h.SpecialReviewCap,
        issues = h.Issues.Select(i => new { code = i.Code, zh = i.Message.Zh, en = i.Message.En }),
        pack = new { id = pack.Id, version = pack.Version, hash = pack.ContentHash },
    };

    private static string BalanceWord(decimal balance) => balance > 0 ? "surplus" : balance < 0 ? "overspend" : "balanced";

    private static void Summarize(int records, CasePayment[] payments, IEnumerable<HospitalYearResult> hospitals, PaymentParameters parameters)
    {
        var counts = payments.GroupBy(p => PayColumns.Snake(p.Status.ToString())).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count():N0}");
        var unread = records - payments.Length;
        Console2.Info($"{records:N0} cases paid with {parameters.Identity}: {string.Join(", ", counts)}{(unread > 0 ? $", unreadable {unread:N0}" : string.Empty)}");
        foreach (var hospital in hospitals)
        {
            Console2.Info($"  {hospital.Hospital}: {hospital.Cases:N0} cases, DRG payment {hospital.DrgPaymentTotal:N2}, fee-for-item {hospital.FeeForItemTotal:N2}, " +
                $"{(hospital.IsSurplus ? "surplus 结余" : hospital.IsOverspend ? "overspend 超支" : "balanced 持平")} {Math.Abs(hospital.Balance):N2}, fund {hospital.FundShareTotal:N2}");
            Console2.Issues(hospital.Issues);
        }
    }
}
