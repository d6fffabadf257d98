using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>One row of a payment case file: its line, id, the case when the row could be read, and the row's issues.</summary>
public sealed class PaymentCaseRecord
{
    internal PaymentCaseRecord(int line, string id, PaymentCase? paymentCase, ImmutableArray<Issue> issues)
    {
        Line = line;
        Id = id;
        Case = paymentCase;
        Issues = issues;
    }

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>The row's id (column <c>id</c>), or its line number.</summary>
    public string Id { get; }

    /// <summary>The case, or null when a value could not be read.</summary>
    public PaymentCase? Case { get; }

    /// <summary>The row's issues.</summary>
    public ImmutableArray<Issue> Issues { get; }
}
