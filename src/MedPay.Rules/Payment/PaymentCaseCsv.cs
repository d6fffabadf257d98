using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>
/// Reads a payment case file: the output of <c>medpay group</c> (<c>id,mdc,adrg,drg,status</c>) plus <c>total_cost</c> and optionally
/// <c>personal_payment, fund, grade, los_days, hospital, dept, died, addons</c> (docs/payment.md §7). A row with an unreadable value
/// becomes a record without a case and with an issue (so does a row with broken quoting: every row gives one record); a missing
/// required column is a file issue. For a file of any length, read it record by record with <see cref="PaymentCaseReader"/> (what this
/// method does over the whole text) or pay it with <see cref="PaymentCaseFileStreaming"/>.
/// </summary>
public static class PaymentCaseCsv
{
    /// <summary>Parses a case file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for locations.</param>
    /// <param name="parameters">The parameters (add-on names).</param>
    /// <param name="defaultFund">The fund of rows without one.</param>
    /// <param name="defaultGrade">The hospital grade of rows without one.</param>
    /// <param name="fileIssues">Problems of the file as a whole.</param>
    /// <returns>One record per row.</returns>
    public static IReadOnlyList<PaymentCaseRecord> Parse(string text, string fileName, PaymentParameters parameters, InsuredFund defaultFund, string defaultGrade, out ImmutableArray<Issue> fileIssues)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        using var source = new StringReader(text);
        var reader = PaymentCaseReader.Open(source, fileName, parameters, defaultFund, defaultGrade);
        fileIssues = reader.FileIssues;
        var records = new List<PaymentCaseRecord>();
        while (reader.TryRead(out var record)) records.Add(record);
        return records;
    }
}
