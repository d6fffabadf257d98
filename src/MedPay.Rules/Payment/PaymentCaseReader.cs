using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>
/// Reads a payment case file record by record from a <see cref="TextReader"/> (the layout of <see cref="PaymentCaseCsv"/>, docs/payment.md
/// §7), in memory bounded by the longest record whatever the file's length: the header is read by <see cref="Open"/>, then each
/// <see cref="CaseFileReader{TRecord}.TryRead"/> reads one record. Every row gives one record, in file order, exactly as <see cref="PaymentCaseCsv.Parse"/> gives
/// it (which reads through this reader): a row with an unreadable value or broken quoting is a record without a case and with its
/// issue. A missing required column (<c>drg</c>, <c>total_cost</c>) is an error in <see cref="CaseFileReader{TRecord}.FileIssues"/>, and then no record is read.
/// Not thread-safe; an exception of the underlying reader (an invalid byte, say) is passed on.
/// </summary>
public sealed class PaymentCaseReader : CaseFileReader<PaymentCaseRecord>
{
    private static readonly string[] Required = { "drg", "total_cost" };
    private readonly PaymentParameters _parameters;
    private readonly InsuredFund _defaultFund;
    private readonly string _defaultGrade;
    private readonly Columns _columns;

    private PaymentCaseReader(CaseFileHeader header, ImmutableArray<Issue> fileIssues, Columns columns, PaymentParameters parameters, InsuredFund defaultFund,
        string defaultGrade)
        : base(header, fileIssues, canRead: !fileIssues.Any(i => i.Severity == IssueSeverity.Error))
    {
        _parameters = parameters;
        _defaultFund = defaultFund;
        _defaultGrade = defaultGrade;
        _columns = columns;
    }

    /// <summary>Opens a case file and reads its header.</summary>
    /// <param name="reader">The text; read on as records are asked for, never to its end at once.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="parameters">The parameters (add-on names).</param>
    /// <param name="defaultFund">The fund of rows without one.</param>
    /// <param name="defaultGrade">The hospital grade of rows without one.</param>
    /// <returns>The reader, positioned at the first record.</returns>
    public static PaymentCaseReader Open(TextReader reader, string fileName, PaymentParameters parameters, InsuredFund defaultFund, string defaultGrade)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        fileName ??= string.Empty;
        var header = CaseFileHeader.Read(reader, fileName);
        var columns = new Columns(header);
        var issues = header.Issues.ToBuilder();
        foreach (var column in Required)
        {
            if (header.IndexOf(column) >= 0) continue;
            issues.Add(PaymentIssues.InputMissingColumn.Create(column, null, new SourceLocation(fileName, 1, 0, column), column));
        }

        return new PaymentCaseReader(header, issues.ToImmutable(), columns, parameters, defaultFund, defaultGrade ?? string.Empty);
    }

    /// <inheritdoc/>
    private protected override PaymentCaseRecord MakeRecord(int line, Issue? quoting, string[] fields, int count)
    {
        var columns = _columns;
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (quoting is not null) issues.Add(quoting);
        string Text(int column) => column >= 0 && column < count ? fields[column] : string.Empty;
        void Bad(int column, string value, string why)
        {
            var name = columns.Names[column];
            issues.Add(PaymentIssues.InputBadValue.Create(name, value, new SourceLocation(FileName, line, columns.Positions[column] + 1, name), name, value, why));
        }

        decimal Amount(int column)
        {
            var value = Text(columns.Positions[column]);
            if (value.Length == 0) return 0m;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
            Bad(column, value, "expected a number");
            return 0m;
        }

        var id = Text(columns.Positions[Columns.Id]);
        if (id.Length == 0) id = line.ToString(CultureInfo.InvariantCulture);
        var drg = Text(columns.Positions[Columns.Drg]).Trim().ToUpperInvariant();
        var cost = Amount(Columns.TotalCost);
        var personal = Amount(Columns.PersonalPayment);
        var statusText = Text(columns.Positions[Columns.Status]).ToLowerInvariant();
        DrgGroupingStatus status;
        switch (statusText)
        {
            case "": status = drg.Length == 0 || drg == DrgResult.UngroupableCode ? DrgGroupingStatus.Ungroupable : DrgGroupingStatus.Grouped; break;
            case "grouped": status = DrgGroupingStatus.Grouped; break;
            case "ambiguous": status = DrgGroupingStatus.Ambiguous; break;
            case "ungroupable": status = DrgGroupingStatus.Ungroupable; break;
            case "invalid-input": status = DrgGroupingStatus.InvalidInput; break;
            default:
                Bad(Columns.Status, statusText, "expected grouped | ambiguous | ungroupable | invalid-input");
                status = DrgGroupingStatus.InvalidInput;
                break;
        }

        var fund = _defaultFund;
        switch (Text(columns.Positions[Columns.Fund]).ToLowerInvariant())
        {
            case "": break;
            case "employee": case "职工": case "1": fund = InsuredFund.Employee; break;
            case "resident": case "居民": case "2": fund = InsuredFund.Resident; break;
            case var other: Bad(Columns.Fund, other, "expected employee | resident"); break;
        }

        var grade = Text(columns.Positions[Columns.Grade]);
        if (grade.Length == 0) grade = _defaultGrade;
        var los = 0;
        var losText = Text(columns.Positions[Columns.LengthOfStay]);
        if (losText.Length > 0 && !int.TryParse(losText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out los)) Bad(Columns.LengthOfStay, losText, "expected a whole number");
        var died = false;
        switch (Text(columns.Positions[Columns.Died]).ToLowerInvariant())
        {
            case "": case "0": case "false": case "no": break;
            case "1": case "true": case "yes": died = true; break;
            case var other: Bad(Columns.Died, other, "expected 0 | 1"); break;
        }

        uint addOns = 0;
        var addOnText = Text(columns.Positions[Columns.AddOns]);
        if (addOnText.Length > 0)
        {
            foreach (var key in addOnText.Split(new[] { ';', '|' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_parameters.FindAddOn(key) is { } addOn) addOns |= addOn.Bit;
                else Bad(Columns.AddOns, key.Trim(), "not an add-on of the parameter pack");
            }
        }

        var result = issues.Count > 0 ? (PaymentCase?)null : new PaymentCase
        {
            Id = id, DrgCode = drg, GroupingStatus = status, TotalCost = cost, PersonalPayment = personal, Fund = fund, Grade = grade, LengthOfStay = los,
            AddOns = addOns, Hospital = Text(columns.Positions[Columns.Hospital]), Department = Text(columns.Positions[Columns.Department]), Died = died,
        };
        return new PaymentCaseRecord(line, id, result, issues.ToImmutable());
    }

    /// <summary>Where each column the reader knows is in the header (the first of a repeated name, case-insensitive), or -1.</summary>
    private sealed class Columns
    {
        public const int Id = 0;
        public const int Drg = 1;
        public const int TotalCost = 2;
        public const int PersonalPayment = 3;
        public const int Status = 4;
        public const int Fund = 5;
        public const int Grade = 6;
        public const int LengthOfStay = 7;
        public const int Died = 8;
        public const int AddOns = 9;
        public const int Hospital = 10;
        public const int Department = 11;

        public static readonly string[] Known = { "id", "drg", "total_cost", "personal_payment", "status", "fund", "grade", "los_days", "died", "addons", "hospital", "dept" };

        public Columns(CaseFileHeader header) => Positions = Known.Select(header.IndexOf).ToArray();

        /// <summary>The column names, by the constants above.</summary>
        public string[] Names => Known;

        /// <summary>The 0-based position of each known column in the header, or -1.</summary>
        public int[] Positions { get; }
    }
}
