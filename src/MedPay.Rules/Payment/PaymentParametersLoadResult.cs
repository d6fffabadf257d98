using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>The result of <see cref="PaymentParameters.TryLoad"/>: the parameters when the pack has no error, and every issue found (file, row, column).</summary>
public sealed class PaymentParametersLoadResult
{
    internal PaymentParametersLoadResult(PaymentParameters? parameters, ImmutableArray<Issue> issues)
    {
        Parameters = parameters;
        Issues = issues;
    }

    /// <summary>The parameters, or null when the pack has errors.</summary>
    public PaymentParameters? Parameters { get; }

    /// <summary>Every issue found, errors and warnings.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether the pack loaded.</summary>
    public bool Success => Parameters is not null;
}
