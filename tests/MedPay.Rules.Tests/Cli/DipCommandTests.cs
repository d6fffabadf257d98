using MedPay.Rules.Cli;

namespace MedPay.Rules.Tests.Cli;

[Collection(nameof(ConsoleCollection))]
public class DipCommandTests
{
    [Fact]
    public void Medpay_dip_scores_and_prices_a_case_file()
    {
        var input = Path.GetTempFileName();
        var output = input + ".csv";
        var json = input + ".json";
        File.WriteAllText(input, "id,hospital_id,hospital_grade,fund,age_years,age_days,los_days,discharge,diagnoses,procedures,total_cost,personal_payment\n"
            + "1,H1,3,employee,45,,7,1,K80.100,51.2300,12000,3000\n");
        Assert.Equal(0, Program.Main(new[] { "dip", "--in", input, "--out", output, "--point-value", "10.5" }));
        // Worked in DipScoringTests.Normal_case_at_a_tertiary_hospital: 1180 points × 10.5 = 12390.00 yuan; fund 12390 − 3000 = 9390.00.
        Assert.EndsWith(",1180.00,10.5,12390.00,9390.00", File.ReadAllLines(output)[1], StringComparison.Ordinal);
        Assert.Equal(0, Program.Main(new[] { "dip", "--in", input, "--out", json }));
        Assert.Contains("\"group\": \"K80.1-01\"", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Equal(3, Program.Main(new[] { "dip", "--in", "/no/such.csv", "--out", output }));
        Assert.Equal(2, Program.Main(new[] { "dip", "--catalogue", "/no/such/pack", "--in", input, "--out", output }));
        foreach (var f in new[] { input, output, json }) File.Delete(f);
    }
}
