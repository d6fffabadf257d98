using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>Loading retention policies: the shipped packs load cleanly, and every kind of bad data is an issue located by file, row and column.</summary>
public class PolicyLoadingTests
{
    [Fact]
    public void Shipped_packs_load_without_issues()
    {
        Assert.Empty(Seed.Issues);
        Assert.Equal(new[] { "unqualified", "qualified", "excellent" }, Seed.Grades.Select(g => g.Code));
        Assert.Equal("retention-seed", Seed.Identity!.Id);
        Assert.Empty(Quota.Issues);
        Assert.Contains("retention-seed", RulePack.EmbeddedPackIds);
    }

    [Fact]
    public void Grade_from_score_uses_the_best_grade_reached()
    {
        // grades.csv: unqualified ≥ 0, qualified ≥ 60, excellent ≥ 90.
        Assert.Equal("unqualified", Seed.GradeForScore(59.99m)!.Code);
        Assert.Equal("qualified", Seed.GradeForScore(60m)!.Code);
        Assert.Equal("excellent", Seed.GradeForScore(90m)!.Code);
    }

    [Fact]
    public void Bad_values_are_reported_with_file_row_and_column()
    {
        var pack = Pack(
            ("parameters.csv", "name,value\nstaff_share,1.5\nno_such_thing,1\nstaff_share,0.5\n"),
            ("grades.csv", "grade,rank,min_score\ngood,2,80\nbad,1,0\ngood,3,90\n"),
            ("surplus_bands.csv", "grade,up_to,rate\ngood,0.1,0.8\ngood,0.05,0.6\ngood,,0.5\nugly,,0.1\nbad,,abc\n"),
            ("overspend_bands.csv", "up_to,fund_share\n0.2,0.5\n"),
            ("shares.csv", "rule,party,share,within\nr,a,0,equal\nr,b,0,equal\ns,a,1,sideways\n"),
            ("targets.csv", "applies_to,indicator,operator,threshold\nx,y,=>,1\n"),
            ("per_diem.csv", "service,from_day,to_day,rate_per_day\npsy,1,10,100\npsy,12,,90\n"));
        Assert.False(RetentionPolicy.TryLoad(pack, out var policy, out var issues));
        Assert.Null(policy);
        var found = issues.Select(i => (i.Code, i.Location?.File, i.Location?.Row, i.Location?.ColumnName)).ToList();
        Assert.Contains(("RETENTION_OUT_OF_RANGE", "parameters.csv", 2, "value"), found);
        Assert.Contains(("RETENTION_UNKNOWN_PARAMETER", "parameters.csv", 3, "name"), found);
        Assert.Contains(("RETENTION_DUPLICATE", "parameters.csv", 4, "name"), found);
        Assert.Contains(("RETENTION_DUPLICATE", "grades.csv", 4, "grade"), found);
        Assert.Contains(("RETENTION_BANDS_NOT_INCREASING", "surplus_bands.csv", 3, "up_to"), found);
        Assert.Contains(("RETENTION_UNKNOWN_GRADE", "surplus_bands.csv", 5, "grade"), found);
        Assert.Contains(("PACK_NOT_A_DECIMAL", "surplus_bands.csv", 6, "rate"), found);
        Assert.Contains(("RETENTION_BANDS_NOT_OPEN", "overspend_bands.csv", 2, "up_to"), found);
        Assert.Contains(("RETENTION_EMPTY_SHARE_RULE", "shares.csv", 2, "share"), found);
        Assert.Contains(("RETENTION_VALUE_NOT_ALLOWED", "shares.csv", 4, "within"), found);
        Assert.Contains(("RETENTION_BAD_OPERATOR", "targets.csv", 2, "operator"), found);
        Assert.Contains(("RETENTION_DAY_BANDS_GAP", "per_diem.csv", 3, "from_day"), found);
        Assert.All(issues, i => Assert.False(string.IsNullOrEmpty(i.Message.Zh) || string.IsNullOrEmpty(i.Message.En)));
        var thrown = Assert.Throws<RulePackException>(() => RetentionPolicy.Load(pack));
        Assert.Equal("test-policy", thrown.PackId);
    }

    [Fact]
    public void Missing_columns_and_wrong_format_are_errors()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"x\",\"version\":\"1\",\"format\":\"dip-catalogue/1\"}",
            ["surplus_bands.csv"] = "grade,rate\n*,0.5\n",
        });
        Assert.False(RetentionPolicy.TryLoad(pack, out _, out var issues));
        Assert.Contains(issues, i => i.Code == "PACK_UNKNOWN_FORMAT");
        Assert.Contains(issues, i => i.Code == "PACK_MISSING_COLUMN" && i.Field == "up_to" && i.Location!.File == "surplus_bands.csv");
    }

    [Fact]
    public void A_better_grade_retaining_less_is_a_warning()
    {
        // good (rank 2) keeps 40% up to 10% of payment then 90%; fair (rank 1) keeps 50% flat: at a surplus ratio of 0.1 good keeps
        // 0.04 < fair's 0.05, so the policy loads with RETENTION_NOT_MONOTONE_IN_GRADE.
        var pack = Pack(("grades.csv", "grade,rank\nfair,1\ngood,2\n"), ("surplus_bands.csv", "grade,up_to,rate\nfair,,0.5\ngood,0.1,0.4\ngood,,0.9\n"));
        Assert.True(RetentionPolicy.TryLoad(pack, out var policy, out var issues));
        var warning = Assert.Single(issues);
        Assert.Equal(("RETENTION_NOT_MONOTONE_IN_GRADE", IssueSeverity.Warning, "good"), (warning.Code, warning.Severity, warning.Value));
        Assert.Single(policy!.Issues);
    }

    [Fact]
    public void A_shortfall_only_beyond_the_whole_payment_is_no_warning()
    {
        // good keeps 90% up to half the payment, then 10%; fair keeps 50% flat. With the whole payment as surplus (the most a surplus can
        // be, the fee-for-item total being ≥ 0): good 0.5 × 0.9 + 0.5 × 0.1 = 0.50 = fair's 0.50, and below that good keeps more. Only at
        // impossible ratios above 1 would good keep less (at 1.4: 0.45 + 0.09 = 0.54 < 0.70), so the pack loads without a warning.
        var pack = Pack(("grades.csv", "grade,rank\nfair,1\ngood,2\n"), ("surplus_bands.csv", "grade,up_to,rate\nfair,,0.5\ngood,0.5,0.9\ngood,,0.1\n"));
        Assert.True(RetentionPolicy.TryLoad(pack, out _, out var issues));
        Assert.Empty(issues);
    }

    [Fact]
    public void A_grade_without_bands_warns_and_retains_nothing()
    {
        var pack = Pack(("grades.csv", "grade,rank\nfair,1\ngood,2\n"), ("surplus_bands.csv", "grade,up_to,rate\ngood,,0.5\n"));
        Assert.True(RetentionPolicy.TryLoad(pack, out var policy, out var issues));
        Assert.Equal(("RETENTION_GRADE_WITHOUT_BANDS", "fair"), (Assert.Single(issues).Code, issues[0].Value));
        var outcome = HospitalYearEnd.Compute(policy!, Hospital(100m, 90m, "fair")).Hospital!;
        Assert.Equal((10m, 0m, 10m), (outcome.Surplus, outcome.Retained, outcome.SurplusToFund));
        Assert.Contains(outcome.Steps, s => s.Code == "NO_SURPLUS_BANDS");
    }

    [Fact]
    public void Input_errors_are_issues_not_exceptions()
    {
        var unknown = HospitalYearEnd.Compute(Seed, Hospital(100m, 90m, "superb"));
        Assert.Null(unknown.Hospital);
        Assert.Equal("RETENTION_UNKNOWN_INPUT_GRADE", Assert.Single(unknown.Issues).Code);
        var none = HospitalYearEnd.Compute(Seed, Hospital(100m, 90m));
        Assert.Equal("RETENTION_NO_GRADE", Assert.Single(none.Issues).Code);
        var negative = HospitalYearEnd.Compute(Seed, Hospital(-1m, 90m, "qualified"));
        Assert.Equal(("RETENTION_NEGATIVE_AMOUNT", "H1.payment"), (Assert.Single(negative.Issues).Code, negative.Issues[0].Field));
    }

    [Fact]
    public void Every_seed_parameter_names_its_source_and_every_parameter_is_documented()
    {
        // Each row of rules/retention-seed/parameters.csv has a note naming a founding paper (P0–P4) or the primer; every parameter the
        // library reads is described in docs/retention.md.
        var rows = File.ReadAllLines(Path.Combine(SharedFixtures.RepositoryRoot, "rules", "retention-seed", "parameters.csv")).Skip(1).Where(l => l.Length > 0).ToArray();
        Assert.All(rows, row => Assert.Matches("P[0-4]|primer", row.Substring(row.IndexOf(",\"", StringComparison.Ordinal) + 1)));
        var docs = File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, "docs", "retention.md"));
        Assert.All(RetentionParameters.Names, name => Assert.Contains("`" + name + "`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void A_switch_outside_0_and_1_is_an_error_at_its_cell()
    {
        Assert.False(RetentionPolicy.TryLoad(Pack(("parameters.csv", "name,value\nalliance_retention_tiers,2\n")), out _, out var issues));
        var issue = Assert.Single(issues);
        Assert.Equal(("RETENTION_OUT_OF_RANGE", "parameters.csv", 2, "value"), (issue.Code, issue.Location!.File, issue.Location.Row, issue.Location.ColumnName));
    }

    [Fact]
    public void Issue_catalogue() =>
        Snapshot.Match(RetentionIssues.All.Select(d => new { d.Code, Severity = d.Severity.ToString(), d.Zh, d.En }).ToArray());
}
