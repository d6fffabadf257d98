using System.Collections.Immutable;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.Retention;

/// <summary>Shared helpers for the retention tests.</summary>
internal static class RetentionTestData
{
    public static RetentionPolicy Seed => RetentionPolicy.Seed;

    public static RetentionPolicy Quota { get; } = RetentionPolicy.Load(RulePack.Embedded("retention-quota-example"));

    public static YearEndTotals Hospital(decimal payment, decimal fee, string? grade = null, decimal disallowed = 0m) =>
        new(new YearEndLine("H1", "示例医院", payment, fee, disallowed)) { QualityGrade = grade };

    public static ImmutableDictionary<string, decimal> Indicators(params (string Name, decimal Value)[] values) =>
        values.ToImmutableDictionary(v => v.Name, v => v.Value);

    public static AllianceMember Member(string id, string level, decimal cost = 0m, decimal revenue = 0m, decimal volume = 0m, params (string, decimal)[] indicators) =>
        new() { Id = id, Name = id, Level = level, Cost = cost, Revenue = revenue, Volume = volume, Indicators = Indicators(indicators) };

    /// <summary>A policy pack in memory: the seed's manifest with the given files.</summary>
    public static RulePack Pack(params (string Name, string Text)[] files) =>
        RulePack.FromTexts(files.Select(f => new KeyValuePair<string, string>(f.Name, f.Text))
            .Append(new KeyValuePair<string, string>("pack.json", "{\"id\":\"test-policy\",\"name\":\"t\",\"version\":\"1\",\"format\":\"retention-policy/1\"}")));
}
