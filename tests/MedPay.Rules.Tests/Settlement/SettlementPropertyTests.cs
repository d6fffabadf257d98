using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>Invariants: the reader and the validator never throw, whatever they are given; a clean list stays clean;
/// findings are deterministic and in catalogue order.</summary>
public sealed class SettlementPropertyTests
{
    private static readonly string[] Values =
    {
        "", " ", "-", "0", "1", "2", "5", "9", "-1", "1e9", "99999999999999999999.999", "abc", "2024-03-01", "2024-02-30", "2024-03-08 10:00:00",
        "1900-01-01", "2999-12-31 23:59:59", "20240301", "1/13/24", "99/99/99", "0/0/0", "I21.000", "W19.x00", "G63.2*", "A01.001+K77.0*", "M8140/3",
        "Z37.000", "O80.000", "P07.100x004", "S06.000", "96.7201", "00.4000", "N70.000", "3200", "3255", "2500,2400", "2500,,x", "√©漢字\"'\\", "310200",
        new string('9', 600),
    };

    private static readonly Gen<string> Value = Gen.Elements(Values);

    private static readonly SettlementField[] AllFields = SettlementLayout.Nodes.SelectMany(n => SettlementLayout.Fields(n)).ToArray();

    [Property(MaxTest = 300)]
    public bool Reading_arbitrary_text_never_throws(string text)
    {
        var read = SettlementJson.Read(text);
        var csv = SettlementCsv.Read(text);
        return read.Lists.All(l => l is not null) && csv.Lists.All(l => l is not null);
    }

    [Property(MaxTest = 300)]
    public Property Validating_arbitrary_json_never_throws() =>
        Prop.ForAll(Arb.From(JsonText()), json =>
        {
            foreach (var list in SettlementJson.Read(json).Lists) Validator.ValidateAll(new[] { list, list });
            return true;
        });

    [Property(MaxTest = 1000)]
    public Property Validating_arbitrary_lists_never_throws_and_is_deterministic() =>
        Prop.ForAll(Arb.From(Mutations()), edits =>
        {
            var list = Apply(Clean(), edits);
            var first = Validator.Validate(list).Findings;
            var second = Validator.Validate(list).Findings;
            var order = first.Select(f => IndexOf(f.Rule)).ToArray();
            return first.Select(f => f.ToString()).SequenceEqual(second.Select(f => f.ToString()))
                && order.Zip(order.Skip(1), (a, b) => a <= b).All(x => x);
        });

    [Property(MaxTest = 200)]
    public Property A_list_built_to_satisfy_every_rule_yields_no_finding() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 2000)), Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Elements("1", "2")), (days, stayHours, sex) =>
        {
            // Shift the clean list's dates and vary its stay and sex; keep every derived field consistent by construction.
            var admission = new DateTime(2020, 1, 1, 8, 0, 0).AddDays(days);
            var discharge = admission.AddHours(72 + stayHours);
            var stay = (discharge.Date - admission.Date).Days;
            var birth = admission.Date.AddYears(-45).AddDays(-10);
            var id = "370102" + birth.ToString("yyyyMMdd") + (sex == "1" ? "123" : "124") + "X";
            var list = Clean().Set("GEND", sex).Set("CERTNO", id).Set("BRDY", birth.ToString("yyyy-MM-dd")).Set("AGE", "45")
                .Set("ADM_TIME", admission.ToString("yyyy-MM-dd HH:mm:ss")).Set("DSCG_TIME", discharge.ToString("yyyy-MM-dd HH:mm:ss"))
                .Set("ACT_IPT_DAYS", stay.ToString()).Set("LV1_NURSCARE_DAYS", "1").Set("SCD_NURSCARE_DAYS", (stay - 1).ToString())
                .Set("SETL_BEGN_DATE", admission.ToString("yyyy-MM-dd")).Set("SETL_END_DATE", discharge.ToString("yyyy-MM-dd"))
                .Set("DCLA_TIME", discharge.AddDays(1).ToString("yyyy-MM-dd HH:mm:ss"))
                .SetRow(SettlementNode.Oprninfo, 0, "OPRN_OPRT_DATE", admission.AddHours(1).ToString("yyyy-MM-dd HH:mm:ss"))
                .SetRow(SettlementNode.Oprninfo, 1, "OPRN_OPRT_DATE", admission.AddMinutes(30).ToString("yyyy-MM-dd HH:mm:ss"))
                .WithRows(SettlementNode.Icuinfo, new[] { Icu("CCU", admission.AddHours(2).ToString("yyyy-MM-dd HH:mm"), admission.AddHours(50).ToString("yyyy-MM-dd HH:mm"), "2/0/0") });
            var findings = Validator.Validate(list).Findings;
            return findings.IsEmpty.Label(string.Join("; ", findings));
        });

    [Fact]
    public void Absurd_ages_do_not_overflow()
    {
        // Found by the property above: a 20-digit NWB_AGE once overflowed an int cast.
        // Without BRDY the age comes from AGE (0) and NWB_AGE (a 20-digit whole number).
        var findings = Validator.Validate(Clean().Set("BRDY", null).Set("AGE", "0").Set("NWB_AGE", "99999999999999999999")).Findings;
        Assert.Contains(findings, f => f.RuleId == "NB-01" && f.Path == "setlinfo.nwb_age");
        Assert.Contains(findings, f => f.RuleId == "FM-06" && f.Path == "setlinfo.nwb_age");
    }

    private static int IndexOf(SettlementRule rule) => Catalogue.Rules.IndexOf(rule);

    private static Gen<(int Field, int Row, string Value)[]> Mutations() =>
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, AllFields.Length - 1).SelectMany(f => Gen.Choose(0, 3).SelectMany(r => Value.Select(v => (f, r, v)))), n));

    private static SettlementList Apply(SettlementList list, (int Field, int Row, string Value)[] edits)
    {
        foreach (var (index, row, value) in edits)
        {
            var field = AllFields[index];
            if (field.Node == SettlementNode.Setlinfo)
            {
                list = list.With(field, value);
                continue;
            }

            var rows = list.Rows(field.Node);
            list = row < rows.Length ? list.WithRowValue(field, row, value) : list.AddRow(SettlementRecord.Empty(field.Node).With(field, value));
        }

        return list;
    }

    private static Gen<string> JsonText()
    {
        var keys = Gen.Elements(AllFields.Select(f => f.JsonName).Concat(new[] { "setlinfo", "diseinfo", "oprninfo", "icuinfo", "iteminfo", "payinfo", "input", "x" }).ToArray());
        var scalar = Gen.OneOf(Value.Select(v => "\"" + v.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""), Gen.Elements("1", "-2.5", "true", "null", "1e400", "[]", "{}"));
        var member = keys.SelectMany(k => scalar.Select(v => "\"" + k + "\":" + v));
        var obj = Gen.ArrayOf(member).Select(m => "{" + string.Join(",", m) + "}");
        var nodeMember = Gen.Elements("setlinfo", "diseinfo", "oprninfo", "icuinfo", "iteminfo", "payinfo", "bldinfo")
            .SelectMany(n => Gen.OneOf(obj, Gen.ArrayOf(obj).Select(a => "[" + string.Join(",", a) + "]")).Select(v => "\"" + n + "\":" + v));
        var list = Gen.ArrayOf(Gen.OneOf(member, nodeMember)).Select(m => "{" + string.Join(",", m) + "}");
        return Gen.OneOf(list, Gen.ArrayOf(list).Select(a => "[" + string.Join(",", a) + "]"), list.Select(l => "{\"input\":" + l + "}"));
    }
}
