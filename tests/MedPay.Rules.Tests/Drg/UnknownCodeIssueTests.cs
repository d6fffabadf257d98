using System.Security.Cryptography;
using System.Text;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;
using Snapshooter.Xunit;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// The issues the grouper raises for codes it cannot take as written — unknown, normalisable, ambiguous, of the other kind, mapped —
/// must stay exactly what they are (code, severity, field, value, Chinese and English message) whatever the grouper does to make
/// them cheap (issue 17: an unknown code costs a few µs, not ~40). These tests were written, and their snapshots recorded, on the
/// code before that change (commit a89b3fc), and must pass unchanged after it.
/// </summary>
public class UnknownCodeIssueTests
{
    private static readonly UnknownCodePolicy?[] Policies = { null, UnknownCodePolicy.DropAndReport, UnknownCodePolicy.TreatUnknownProcedureAsNone };

    /// <summary>
    /// Messy, unknown, ambiguous and wrong-kind inputs, one case each, under every unknown-code policy and with the version maps on
    /// and off, against the national scheme. Checked by hand against the fixture's dictionaries and docs/coding.md before the
    /// snapshot was accepted, e.g.: <c>Ｋ８０．０００</c> is K80.000 after a width fold alone (<c>CODE_FOLDED</c>); <c>k80000</c> is
    /// K80.000 after CASE_FOLDED and DOT_INSERTED, and a dot is no text fold (<c>CODE_NORMALIZED</c>); <c>E11.9</c> has the one plain continuation E11.900 (<c>CODE_NORMALIZED</c>, ZEROS_PADDED);
    /// <c>I63.9</c> has ten (<c>CODE_AMBIGUOUS</c>, ten candidates listed); <c>Z99.999</c> is no code (<c>CODE_UNKNOWN</c>, or
    /// <c>CODE_DROPPED</c> as an other diagnosis under drop_and_report); the procedure 36.0600 given as a diagnosis is
    /// <c>CODE_WRONG_KIND</c>; with the maps on, every code absent from diagnosis_map.csv also gets <c>CODE_NOT_IN_MAP</c>.
    /// </summary>
    [Fact]
    public void Issues_for_a_table_of_messy_unknown_and_ambiguous_codes()
    {
        string[] diagnoses =
        {
            "K80.000", " k80.000x004 ", "Ｋ８０．０００", "k80000", "E11.9", "I63.9", "J61", "A17.000+G01", "K80.000 胆囊结石伴有急性胆囊炎",
            "Z99.999", "胆囊结石", "36.0600", "XYZ", "K80.000x004|K80.000x004", "E11.9|I63.9|Z99.999|j61", "K80.000||Z99.999",
        };
        string[] procedures = { "36.0600", "3606", "47.09", "８１．５１", "99.9999", "K80.000", "abc", "36.0600|36.0600" };
        var lines = new List<string>();
        foreach (var maps in new[] { false, true })
        {
            foreach (var policy in Policies)
            {
                var grouper = ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { UnknownCodes = policy, ApplyVersionMaps = maps });
                lines.Add($"== policy {policy?.Name() ?? "(pack)"}, maps {(maps ? "on" : "off")}");
                foreach (var dx in diagnoses) lines.Add(Describe($"dx {dx}", grouper.Group(Case(dx, "36.0600"))));
                foreach (var pr in procedures) lines.Add(Describe($"pr {pr}", grouper.Group(Case("K80.000|Z99.999", pr))));
            }
        }

        Snapshot.Match(lines);
    }

    /// <summary>
    /// Every national case grouped with the wrong scheme (the embedded 2.0 excerpt): ~99 % of them are invalid input, most codes
    /// unknown to it. The counts per issue code and status, and a SHA-256 over every issue of every case in order, were recorded on
    /// the code before the change; the digest keeps the fixture's codes out of the repository.
    /// </summary>
    [Fact]
    public void Issues_of_the_national_cases_under_the_wrong_scheme()
    {
        var scheme = DrgScheme.LoadDefault();
        var lines = new List<string>();
        foreach (var policy in Policies)
        {
            lines.Add(Digest($"excerpt scheme, policy {policy?.Name() ?? "(pack)"}", scheme.CreateGrouper(new DrgGroupingOptions { UnknownCodes = policy }), Cases(mangle: false)));
        }

        Snapshot.Match(lines);
    }

    /// <summary>
    /// Every national case with its codes spelt the messy ways an HIS exports them (deterministically: lower case, dot left out,
    /// trailing zeros cut, blanks, full width, a stray letter, a name after the code), grouped with the national scheme, with the
    /// maps off and on: the normalised, ambiguous and unknown paths on some 160,000 codes. Counts and digest recorded on the code
    /// before the change.
    /// </summary>
    [Fact]
    public void Issues_of_the_national_cases_with_messy_codes()
    {
        var lines = new List<string>();
        foreach (var maps in new[] { false, true })
        {
            foreach (var policy in Policies)
            {
                var grouper = ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { UnknownCodes = policy, ApplyVersionMaps = maps });
                lines.Add(Digest($"national scheme, messy codes, policy {policy?.Name() ?? "(pack)"}, maps {(maps ? "on" : "off")}", grouper, Cases(mangle: true)));
            }
        }

        Snapshot.Match(lines);
    }

    /// <summary>
    /// An unknown code costs its issue and nothing more: no normalisation report (lists, buffers, candidates, changes), no phrases
    /// built for a drop report that is not made. Measured per unknown code over cases of six unknown codes under the wrong
    /// scheme: 1,293 bytes on the code before the change, ~400 after (the issue itself: Issue, LocalizedText, both messages,
    /// the argument array). The bound leaves room for runtime differences, not for a report.
    /// </summary>
    [Fact]
    public void An_unknown_code_allocates_only_its_issue()
    {
        var grouper = DrgScheme.LoadDefault().CreateGrouper();
        var cases = ConformanceFixture.Cases.Where(r => r.Case is { Diagnoses.Count: 3, Procedures.Count: 3 }).Select(r => r.Case!).Take(200).ToArray();
        foreach (var c in cases) grouper.Group(c); // warm up: the lazy sorted index, the parsed message templates
        var unknown = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var c in cases) unknown += grouper.Group(c).Issues.Count(i => i.Code == "CODE_UNKNOWN");
        var perCode = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)unknown;
        Assert.True(unknown > 1000, $"only {unknown} unknown codes in the sample");
        Assert.True(perCode < 600, $"{perCode:F0} bytes per unknown code");
    }

    private static DrgCase Case(string diagnoses, string procedures) => new()
    {
        Sex = Sex.Female, AgeYears = 50, AgeDays = 50 * 365 + 20, LengthOfStayDays = 5, Discharge = 1,
        Diagnoses = diagnoses.Split('|'), Procedures = procedures.Split('|'),
    };

    private static string Describe(string input, DrgResult result)
    {
        var text = new StringBuilder($"{input} => {result.Status} {result.DrgCode}");
        foreach (var issue in result.Issues) text.Append("\n    ").Append(Render(issue));
        return text.ToString();
    }

    private static string Render(Issue issue) => $"{issue.Code} {issue.Severity} {issue.Field} '{issue.Value}': {issue.Message.Zh} / {issue.Message.En}";

    private static IEnumerable<DrgCase> Cases(bool mangle)
    {
        var n = 0;
        foreach (var record in ConformanceFixture.Cases)
        {
            if (record.Case is not { } c) continue;
            if (!mangle)
            {
                yield return c;
                continue;
            }

            yield return new DrgCase
            {
                Id = c.Id, Sex = c.Sex, AgeYears = c.AgeYears, AgeDays = c.AgeDays, BirthWeightGrams = c.BirthWeightGrams, AdmissionWeightGrams = c.AdmissionWeightGrams,
                LengthOfStayDays = c.LengthOfStayDays, Discharge = c.Discharge, IcuHours = c.IcuHours, Department = c.Department,
                Diagnoses = c.Diagnoses.Select(d => Mangle(d, n++)).ToArray(), Procedures = c.Procedures.Select(p => Mangle(p, n++)).ToArray(),
            };
        }
    }

    /// <summary>One of the ways an HIS misspells a code, chosen by the code's position among all the codes.</summary>
    private static string Mangle(string code, int position) => (position % 9) switch
    {
        0 => code,
        1 => code.ToLowerInvariant(),
        2 => code.Replace(".", string.Empty),
        3 => code.Contains('.') ? code.TrimEnd('0') : code,
        4 => " " + code + " ",
        5 => new string(code.Select(ch => ch is >= '!' and <= '~' ? (char)(ch + 0xFEE0) : ch).ToArray()),
        6 => code + "Q",
        7 => code + " 病名",
        _ => code.Length > 3 ? code.Substring(0, code.Length - 1) : code,
    };

    private static string Digest(string title, DrgGrouper grouper, IEnumerable<DrgCase> cases)
    {
        using var sha = SHA256.Create();
        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byStatus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var c in cases)
        {
            var result = grouper.Group(c);
            count++;
            var status = result.Status + " " + result.DrgCode;
            byStatus[result.Status.ToString()] = byStatus.GetValueOrDefault(result.Status.ToString()) + 1;
            var bytes = Encoding.UTF8.GetBytes(status + "\n");
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            foreach (var issue in result.Issues)
            {
                byCode[issue.Code] = byCode.GetValueOrDefault(issue.Code) + 1;
                bytes = Encoding.UTF8.GetBytes(Render(issue) + "\n");
                sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            }
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return $"{title}: {count} cases; {string.Join(", ", byStatus.Select(p => p.Key + " " + p.Value))}; issues {string.Join(", ", byCode.Select(p => p.Key + " " + p.Value))}; sha256 {Convert.ToHexString(sha.Hash!).ToLowerInvariant()}";
    }
}
