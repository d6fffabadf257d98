using System.Collections;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Reporting;

/// <summary>
/// The cases as one hospital (each case's hospital left empty, so the indicator and year-end code sum them under <c>-</c>): the whole
/// input's figures from the same library code that computes each hospital's, without copying the cases.
/// </summary>
internal sealed class WholeYearView : IReadOnlyList<PaymentCase>
{
    private readonly IReadOnlyList<PaymentCase> _cases;

    public WholeYearView(IReadOnlyList<PaymentCase> cases) => _cases = cases;

    public int Count => _cases.Count;

    public PaymentCase this[int index] => _cases[index] with { Hospital = null };

    public IEnumerator<PaymentCase> GetEnumerator()
    {
        for (var i = 0; i < _cases.Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
