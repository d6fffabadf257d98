using MedPay.Rules.Payment;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>Snapshots: explanations (every step in zh/en) and the error catalogue. Their numbers are the hand-worked ones of <see cref="PaymentEngineTests"/>.</summary>
public class PaymentSnapshotTests
{
    [Fact]
    public void Explanation_of_a_day_surgery_case_and_of_a_high_cost_case()
    {
        // CW19: 10,000.00 × 0.72 × (1.05 × 1.10) = 8,316.00; HC25 at 52,000.50 > 51,975.00 → by item.
        var daySurgery = Engine.Explain(Case("CW19", 5000m, 1000m, addOns: Example.FindAddOn("day_surgery")!.Bit) with { Id = "C-1" });
        var high = Engine.Explain(Case("HC25", 52000.50m, 8000m) with { Id = "C-2" });
        Assert.Equal(8316.00m, daySurgery.Result.Payment);
        Assert.Equal(52000.50m, high.Result.Payment);
        Snapshot.Match(daySurgery + Environment.NewLine + high);
    }

    [Fact]
    public void Explanation_of_an_unpriced_drg_and_of_an_invalid_case()
    {
        var unpriced = Engine.Explain(Case("GQY", 9000m, 900m) with { Id = "C-3" });
        var invalid = Engine.Explain(Case("HC25", 9000m, 900m, grade: "9") with { Id = "C-4" });
        Snapshot.Match(unpriced + Environment.NewLine + invalid);
    }

    [Fact]
    public void Issue_catalogue() =>
        Snapshot.Match(PaymentIssues.All.Select(d => new { d.Code, Severity = d.Severity.ToString(), d.Zh, d.En }).ToArray());
}
