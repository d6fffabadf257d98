using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// Per-diem payment for long stays (P0, P2 name it for psychiatry and rehabilitation; domain-primer §2.3: per-diem points × length of stay).
/// The seeds give no rates: the seed pack's day bands are illustrative, and the expected values below are worked by hand from them.
/// </summary>
public class PerDiemTests
{
    [Theory]
    [InlineData("psychiatry", 0, 0.00)]
    [InlineData("psychiatry", 60, 18000.00)] // 60 × 300
    [InlineData("psychiatry", 75, 21900.00)] // 60 × 300 + 15 × 260 = 18,000 + 3,900
    [InlineData("psychiatry", 200, 53600.00)] // 60 × 300 + 120 × 260 + 20 × 220 = 18,000 + 31,200 + 4,400
    [InlineData("rehabilitation", 100, 43700.00)] // 30 × 500 + 60 × 420 + 10 × 350 = 15,000 + 25,200 + 3,500
    public void Day_bands_pay_each_day_at_its_band_rate(string service, int days, double amount) =>
        Assert.Equal((decimal)amount, Seed.PerDiem.Pay(service, days)!.Amount);

    [Fact]
    public void Unknown_service_has_no_tariff() => Assert.Null(Seed.PerDiem.Pay("dialysis", 3));
}
