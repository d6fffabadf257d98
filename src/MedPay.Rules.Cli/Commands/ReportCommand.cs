using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using MedPay.Rules.Payment;
using MedPay.Rules.Reporting;
using MedPay.Rules.Retention;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// <c>medpay report</c>: the hospital's DRG year as one self-contained HTML page (docs/report.md). Reads a case file (grouped here with the
/// scheme) or a results file through <see cref="ReportCases"/>, pays the cases with the payment pack when the file has costs, settles the
/// year-end retention with a policy when asked, and writes the page with <see cref="ReportBuilder"/>.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var scheme = SchemeOption.Create();
        var input = new Option<string>("--in")
        {
            Description = "cases CSV (the columns of medpay group, grouped here) or results CSV (id,drg[,status]), either with total_cost[,personal_payment,fund,grade,los_days,hospital,dept,died,addons] / 病例或分组结果 CSV",
            Required = true,
        };
        var payment = new Option<string?>("--payment")
        {
            Description = "DRG payment parameter pack (weights, rates, outlier rules): folder, zip or embedded id (default: the embedded drg-payment-example); the cases are paid with it when the file has total_cost / DRG 付费参数包",
        };
        var retention = new Option<string?>("--retention")
        {
            Description = "also settle each hospital's year end (结余留用) with this retention policy pack: folder, zip or embedded id, e.g. retention-seed / 结余留用政策包",
        };
        var grade = new Option<string?>("--quality-grade") { Description = "quality grade for the retention policy, e.g. excellent / 质量等级" };
        var score = new Option<decimal?>("--quality-score") { Description = "quality score for the retention policy when no grade is given / 质量得分" };
        var fund = new Option<string>("--fund") { Description = "fund of rows without one: employee | resident / 默认险种", DefaultValueFactory = _ => "employee" };
        var hospitalGrade = new Option<string>("--grade") { Description = "hospital grade of rows without one (default 3) / 默认医院等级", DefaultValueFactory = _ => "3" };
        var title = new Option<string?>("--title") { Description = "the page's title / 报告标题" };
        var output = new Option<string>("--out") { Description = "the HTML page / 输出的 HTML 文件", Required = true };
        var command = new Command("report", "The hospital's DRG year as one self-contained HTML page: overview, case mix, departments, cases to review, retention / DRG 年度报告（单个 HTML 文件）")
        {
            scheme, input, payment, retention, grade, score, fund, hospitalGrade, title, output,
        };
        command.SetAction(parse => Run(parse.GetValue(scheme), parse.GetValue(input)!, parse.GetValue(payment), parse.GetValue(retention), parse.GetValue(grade),
            parse.GetValue(score), parse.GetValue(fund)!, parse.GetValue(hospitalGrade)!, parse.GetValue(title), parse.GetValue(output)!));
        return command;
    }

    private static int Run(string? schemePath, string inputPath, string? paymentPath, string? retentionPath, string? qualityGrade, decimal? qualityScore,
        string fundText, string hospitalGrade, string? title, string outputPath)
    {
        if (!FundOption.TryParse(fundText, out var fund)) return ExitCodes.Usage;

        var scheme = SchemeOption.Load(schemePath);
        if (scheme is null) return ExitCodes.BadRulePack;
        var parameters = PackLoading.Load(paymentPath, PaymentParameters.DefaultEmbeddedPackId, PaymentParameters.Load);
        if (parameters is null) return ExitCodes.BadRulePack;
        if (!GradeOption.CheckHospitalGrade("--grade", hospitalGrade, parameters)) return ExitCodes.Usage;
        var policy = retentionPath is null ? null : PackLoading.Load(retentionPath, RetentionPolicy.SeedId, RetentionPolicy.Load);
        if (retentionPath is not null && policy is null) return ExitCodes.BadRulePack;
        if (policy is not null && !GradeOption.CheckQualityGrade("--quality-grade", qualityGrade, policy)) return ExitCodes.Usage;

        string text;
        try
        {
            text = File.ReadAllText(inputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法读取输入文件 {inputPath}", $"cannot read the input file {inputPath}: {e.Message}");
            return ExitCodes.BadInput;
        }

        var read = ReportCases.Read(text, Path.GetFileName(inputPath), scheme, parameters, fund, hospitalGrade);
        Console2.Issues(read.FileIssues);
        if (read.FileIssues.Any(i => i.Severity == IssueSeverity.Error))
        {
            Console2.Error($"病例文件 {inputPath} 无法使用", $"the case file {inputPath} cannot be used");
            return ExitCodes.BadInput;
        }

        CasePayment[]? payments = null;
        if (read.HasCosts)
        {
            var cases = read.Cases.AsSpan();
            payments = new CasePayment[cases.Length];
            new DrgPaymentEngine(parameters).PayBatch(cases, payments);
        }

        var retentionReports = ImmutableArray<YearEndReport>.Empty;
        if (policy is not null)
        {
            if (payments is null)
            {
                Console2.Error("结余留用需要费用列 total_cost", "retention needs costs: the input has no total_cost column");
                return ExitCodes.BadInput;
            }

            retentionReports = HospitalYearResult.Compute(read.Cases, payments, parameters.Policy)
                .Select(h => YearEndTotals.FromPayment(h, qualityGrade))
                .Select(t => HospitalYearEnd.Compute(policy, qualityGrade is null && qualityScore is not null ? WithScore(t, qualityScore.Value) : t))
                .ToImmutableArray();
            Console2.Issues(retentionReports.SelectMany(r => r.Issues));
        }

        var builder = new ReportBuilder(scheme, parameters, read.Cases)
        {
            InvalidCases = read.InvalidCases, CostsKnown = read.HasCosts, Payments = payments, Retention = retentionReports,
            Title = title ?? ReportBuilder.DefaultTitle,
        };
        try
        {
            using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            builder.WriteHtml(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法写入 {outputPath}", $"cannot write {outputPath}: {e.Message}");
            return ExitCodes.CannotWrite;
        }

        Console2.Info($"report of {read.Cases.Length:N0} cases ({read.InvalidCases.Length:N0} invalid) with {scheme.Identity} and {parameters.Identity}: {outputPath}");
        return ExitCodes.Success;
    }

    private static YearEndTotals WithScore(YearEndTotals t, decimal score) => new(t.Hospital)
    {
        QualityScore = score, Indicators = t.Indicators, Departments = t.Departments, Groups = t.Groups,
    };
}
