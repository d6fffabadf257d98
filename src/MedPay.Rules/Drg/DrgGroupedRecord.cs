namespace MedPay.Rules.Drg;

/// <summary>One row of a case file and its grouping: the result, or none when the row could not be read into a case.</summary>
public readonly struct DrgGroupedRecord
{
    /// <summary>Pairs a record with its result.</summary>
    /// <param name="record">The record.</param>
    /// <param name="result">The result, <see langword="null"/> when the record has no case.</param>
    public DrgGroupedRecord(DrgCaseRecord record, DrgResult? result)
    {
        Record = record ?? throw new ArgumentNullException(nameof(record));
        Result = result;
    }

    /// <summary>The record as read (line, id, issues, expected columns).</summary>
    public DrgCaseRecord Record { get; }

    /// <summary>The grouping result, or <see langword="null"/> when <see cref="DrgCaseRecord.Case"/> is null (invalid input; see the record's issues).</summary>
    public DrgResult? Result { get; }

    /// <summary>The grouping status: the result's, or <see cref="DrgGroupingStatus.InvalidInput"/> when the row could not be read.</summary>
    public DrgGroupingStatus Status => Result is { } result ? result.Status : DrgGroupingStatus.InvalidInput;
}
