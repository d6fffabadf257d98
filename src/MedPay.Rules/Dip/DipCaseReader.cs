using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// Reads a DIP case file (the layout of <see cref="DipCaseFile"/>, docs/dip.md §7) record by record from a <see cref="TextReader"/>, in
/// memory bounded by the longest record whatever the file's length: the header is read by <see cref="Open"/>, then each
/// <see cref="CaseFileReader{TRecord}.TryRead"/> reads one record. Every record gives one case, in file order, with the same values and issues as
/// <see cref="DipCaseFile.Read(string, string, out ImmutableArray{Issue})"/> (which reads through this reader). A missing
/// <c>diagnoses</c> column is an error in <see cref="CaseFileReader{TRecord}.FileIssues"/>, and then no record is read. Not thread-safe; an exception of the
/// underlying reader (an invalid byte, say) is passed on.
/// </summary>
public sealed class DipCaseReader : CaseFileReader<DipCaseRecord>
{
    private readonly int[] _positions;

    private DipCaseReader(CaseFileHeader header, ImmutableArray<Issue> fileIssues, int[] positions)
        : base(header, fileIssues, canRead: positions[Diagnoses] >= 0)
    {
        HeaderIssues = header.Issues;
        _positions = positions;
    }

    /// <summary>The header's own issues (its quoting, repeated names): <see cref="CaseFileReader{TRecord}.FileIssues"/> without the missing column.</summary>
    public ImmutableArray<Issue> HeaderIssues { get; }

    /// <summary>Opens a case file and reads its header.</summary>
    /// <param name="reader">The text; read on as records are asked for, never to its end at once.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <returns>The reader, positioned at the first record.</returns>
    public static DipCaseReader Open(TextReader reader, string fileName = "cases.csv")
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        fileName ??= "cases.csv";
        var header = CaseFileHeader.Read(reader, fileName);
        var positions = DipCaseFile.Columns.Select(header.IndexOf).ToArray();
        var issues = header.Issues;
        if (positions[Diagnoses] < 0) issues = issues.Add(DipIssues.InputMissingColumn.Create("diagnoses", null, new SourceLocation(fileName, 1, 0, "diagnoses"), "diagnoses"));
        return new DipCaseReader(header, issues, positions);
    }

    /// <summary>
    /// Reads the records from here to the end of the file for their quoting problems only, without making cases: what
    /// <see cref="DipCaseFile.Read(string, string, out ImmutableArray{Issue})"/> lists, between <see cref="HeaderIssues"/> and the missing
    /// column, when <see cref="CaseFileReader{TRecord}.CanRead"/> is false. Enumerate once.
    /// </summary>
    /// <returns>The problems, in file order.</returns>
    public IEnumerable<Issue> ReadQuotingIssues() => ReadQuotingIssuesCore();

    private const int Id = 0;
    private const int HospitalId = 1;
    private const int HospitalGrade = 2;
    private const int Fund = 3;
    private const int AgeYears = 4;
    private const int AgeDays = 5;
    private const int LengthOfStay = 6;
    private const int Discharge = 7;
    private const int Diagnoses = 8;
    private const int Procedures = 9;
    private const int TotalCost = 10;
    private const int PersonalPayment = 11;

    /// <inheritdoc/>
    private protected override DipCaseRecord MakeRecord(int line, Issue? quoting, string[] fields, int count)
    {
        var positions = _positions;
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (quoting is not null) issues.Add(quoting);
        string Text(int column) => positions[column] is var i && i >= 0 && i < count ? fields[i] : string.Empty;
        SourceLocation At(int column) => new(FileName, line, positions[column] + 1, DipCaseFile.Columns[column]);
        decimal? Dec(int column)
        {
            var value = Text(column);
            if (value.Length == 0) return null;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
            issues.Add(DipIssues.InputBadNumber.Create(DipCaseFile.Columns[column], value, At(column), DipCaseFile.Columns[column], value));
            return null;
        }

        int? Int(int column)
        {
            var value = Text(column);
            if (value.Length == 0) return null;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            issues.Add(DipIssues.InputBadNumber.Create(DipCaseFile.Columns[column], value, At(column), DipCaseFile.Columns[column], value));
            return null;
        }

        // Amounts the engine cannot use are findings, not silent choices (issue 14): a negative cost or personal payment is treated as not
        // given (a negative personal payment would lift the fund share above the payment), a personal payment above the cost is flagged.
        var totalCost = Dec(TotalCost);
        var personalPayment = Dec(PersonalPayment);
        if (totalCost is < 0)
        {
            issues.Add(DipIssues.NegativeCost.Create("total_cost", Text(TotalCost), At(TotalCost), Text(TotalCost)));
            totalCost = null;
        }

        if (personalPayment is < 0)
        {
            issues.Add(DipIssues.NegativePersonalPayment.Create("personal_payment", Text(PersonalPayment), At(PersonalPayment), Text(PersonalPayment)));
            personalPayment = null;
        }
        else if (personalPayment is { } own && totalCost is { } cost && own > cost)
        {
            issues.Add(DipIssues.PersonalAboveCost.Create("personal_payment", Text(PersonalPayment), At(PersonalPayment), Text(PersonalPayment), Text(TotalCost)));
        }

        var @case = new DipCase
        {
            Id = Text(Id),
            HospitalId = Text(HospitalId),
            HospitalGrade = Text(HospitalGrade) is { Length: > 0 } grade ? grade : null,
            Fund = DipCaseFile.ParseFund(Text(Fund)),
            AgeYears = Int(AgeYears),
            AgeDays = Int(AgeDays),
            LengthOfStayDays = Int(LengthOfStay) ?? 0,
            Discharge = Int(Discharge) ?? 0,
            Diagnoses = DipCaseFile.Split(Text(Diagnoses)),
            Procedures = DipCaseFile.Split(Text(Procedures)),
            TotalCost = totalCost,
            PersonalPayment = personalPayment,
        };
        return new DipCaseRecord(line, @case, quoting, issues.ToImmutable());
    }
}
