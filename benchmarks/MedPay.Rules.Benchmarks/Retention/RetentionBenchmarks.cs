using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;

namespace MedPay.Rules.Benchmarks.Retention;

/// <summary>
/// Year-end retention on the seed policy: one hospital with 40 departments and 800 DRG groups (every line explained), the largest-remainder
/// split of a budget over 10,000 members, and an alliance of 200 members with 2,000 referrals.
/// </summary>
[MemoryDiagnoser]
public class RetentionBenchmarks
{
    private YearEndTotals _hospital = null!;
    private decimal[] _weights = null!;
    private AllianceYearEndInput _alliance = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        YearEndLine Line(string id) => new(id, id, random.Next(1_000_000, 5_000_000), random.Next(900_000, 5_200_000));
        var departments = Enumerable.Range(0, 40).Select(i => Line("D" + i)).ToImmutableArray();
        var groups = Enumerable.Range(0, 800).Select(i => Line("G" + i)).ToImmutableArray();
        _hospital = new YearEndTotals(new YearEndLine("H", "h", departments.Sum(d => d.Payment), departments.Sum(d => d.FeeForItem)))
        {
            QualityGrade = "qualified", Departments = departments, Groups = groups,
        };
        _weights = Enumerable.Range(0, 10_000).Select(_ => (decimal)random.Next(1, 1000)).ToArray();
        var levels = new[] { "tertiary", "secondary", "primary" };
        var members = Enumerable.Range(0, 200).Select(i => new AllianceMember
        {
            Id = "M" + i, Name = "M" + i, Level = levels[i % 3], Cost = random.Next(100_000, 1_000_000), Revenue = random.Next(1_000_000, 9_000_000),
            Volume = random.Next(1, 10_000),
        }).ToImmutableArray();
        _alliance = new AllianceYearEndInput
        {
            Budget = members.Sum(m => m.Cost) * 1.05m, ShareRule = "alliance_30_40_30", QualityGrade = "excellent", Members = members,
            Referrals = Enumerable.Range(0, 2000).Select(i => new Referral("R" + i, "M" + (i % 200), "M" + ((i + 1) % 200), i % 2 == 0 ? ReferralDirection.Up : ReferralDirection.Down,
                GroupCost: 10_000m + i, InsuranceQuota: 8_000m + i)).ToImmutableArray(),
        };
    }

    [Benchmark]
    public int HospitalYearEndWith840Lines() => HospitalYearEnd.Compute(RetentionPolicy.Seed, _hospital).Groups.Length;

    [Benchmark]
    public decimal FenAllocationOver10000Members() => FenAllocation.Allocate(123_456_789.01m, _weights)[0];

    [Benchmark]
    public decimal AllianceOf200MembersWith2000Referrals() => AllianceYearEnd.Compute(RetentionPolicy.Seed, _alliance).RiskFundNet;
}
