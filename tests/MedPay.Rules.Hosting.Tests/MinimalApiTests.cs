using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedPay.Rules.Hosting.Tests;

/// <summary>POST /drg/group of docs/getting-started-hosting.md: the sex as the docs list it, and a problem-details body for a bad request.</summary>
public class MinimalApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _factory;

    public MinimalApiTests(WebApplicationFactory<Program> factory) => _factory = factory;

    /// <summary>examples/cases.csv E01 with the given JSON value for sex.</summary>
    private static string E01(string sex) => $$"""
        { "id": "E01", "sex": {{sex}}, "ageYears": 68, "ageDays": 24855, "lengthOfStayDays": 7, "discharge": 1,
          "diagnoses": ["K80.000x004", "K86.000", "I10.x04", "E11.600x051"], "procedures": ["51.2300"] }
        """;

    [Theory]
    [InlineData("\"Male\"")]
    [InlineData("\"male\"")]
    [InlineData("\"M\"")]
    [InlineData("\"1\"")]
    [InlineData("\"男\"")]
    [InlineData("1")]
    public async Task A_case_with_the_sex_as_a_name_a_code_or_in_Chinese_groups(string sex)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/drg/group", new StringContent(E01(sex), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        // examples/cases.csv E01, hand-checked against rules/chs-drg-2.0-excerpt: MDCH / HC2 / HC23 (胆囊切除手术，伴合并症或并发症).
        Assert.Equal("Grouped", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("HC23", json.RootElement.GetProperty("drgCode").GetString());
        Assert.Equal("胆囊切除手术，伴合并症或并发症", json.RootElement.GetProperty("drgName").GetString());
        Assert.StartsWith("chs-drg-2.0-excerpt@", json.RootElement.GetProperty("scheme").GetString());
    }

    [Theory]
    [InlineData("\"X\"", "sex")]
    [InlineData("\"Male\", \"ageYears\": \"sixty\"", "ageYears")]
    public async Task A_bad_body_is_a_400_with_a_problem_details_body_naming_the_field(string sex, string field)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/drg/group", new StringContent(E01(sex), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(field, json.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Broken_json_is_a_400_with_a_problem_details_body()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/drg/group", new StringContent("{ \"sex\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_case_without_a_sex_is_answered_with_the_grouper_s_issue_not_an_error()
    {
        using var client = _factory.CreateClient();
        var text = E01("\"Male\"").Replace("\"sex\": \"Male\",", string.Empty, StringComparison.Ordinal);
        using var response = await client.PostAsync("/drg/group", new StringContent(text, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("InvalidInput", json.GetProperty("status").GetString());
        Assert.NotEqual(0, json.GetProperty("issues").GetArrayLength());
    }
}
