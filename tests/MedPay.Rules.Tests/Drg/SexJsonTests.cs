using System.Text.Json;
using MedPay.Rules.Drg;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// <see cref="Sex"/> in JSON without any converter registered (its own attribute): names, the case-file codes (DrgCaseCsv.ParseSex:
/// M/F, settlement-list 1/2, 男/女) and 0–2 read; the name is written; anything else is a JsonException listing the accepted values.
/// </summary>
public class SexJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("\"Male\"", Sex.Male)]
    [InlineData("\"FEMALE\"", Sex.Female)]
    [InlineData("\"Unknown\"", Sex.Unknown)]
    [InlineData("\"M\"", Sex.Male)]
    [InlineData("\"f\"", Sex.Female)]
    [InlineData("\"1\"", Sex.Male)]
    [InlineData("\"2\"", Sex.Female)]
    [InlineData("\" 男 \"", Sex.Male)]
    [InlineData("\"女\"", Sex.Female)]
    [InlineData("0", Sex.Unknown)]
    [InlineData("2", Sex.Female)]
    public void Reads_names_codes_and_numbers(string json, Sex expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<Sex>(json));
        Assert.Equal(expected, JsonSerializer.Deserialize<DrgCase>("{ \"sex\": " + json + " }", Web)!.Sex);
    }

    [Fact]
    public void Writes_the_name()
    {
        Assert.Equal("\"Female\"", JsonSerializer.Serialize(Sex.Female));
        Assert.Contains("\"sex\":\"Male\"", JsonSerializer.Serialize(new DrgCase { Sex = Sex.Male }, Web), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"X\"")]
    [InlineData("\"3\"")]
    [InlineData("3")]
    [InlineData("true")]
    public void Refuses_other_values_with_the_accepted_ones_in_the_message(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DrgCase>("{ \"sex\": " + json + " }", Web));
        Assert.Contains("Male, Female, Unknown, M, F, 1, 2, 男, 女", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.sex", error.Path);
    }
}
