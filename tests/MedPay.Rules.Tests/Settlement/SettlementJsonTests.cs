using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

public sealed class SettlementJsonTests
{
    [Fact]
    public void Writing_then_reading_gives_the_same_list()
    {
        var list = Clean().Set("CHRG_TAGS", "VENT, ECMO").Set("REFLDEPT_DEPT", "A03.01->A04");
        var json = SettlementJson.Write(list);
        var read = SettlementJson.Read(json);
        Assert.Empty(read.Issues);
        Assert.True(Assert.Single(read.Lists).SameAs(list));
        Assert.Contains("\"setlinfo\":{\"mdtrt_id\":\"MD20240301001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amt\":700.00", json, StringComparison.Ordinal); // money written as a JSON number, scale kept
        Assert.Equal(json, SettlementJson.Write(read.Lists[0]));
    }

    [Fact]
    public void Reads_the_variants_his_vendors_send()
    {
        // input wrapper, upper-case keys, a 4103 alias (INSUTYPE), numbers as numbers, booleans, a node sent as one object,
        // setlinfo fields at the top level, an unknown key.
        const string json = """
            {"input": {"SETLINFO": {"MDTRT_ID": "M1", "INSUTYPE": "390", "ACT_IPT_DAYS": 7, "PSN_SELFPAY": 12.5},
                       "psn_name": "王五",
                       "DISEINFO": {"diag_type": "1", "maindiag_flag": 1, "diag_code": "J18.900", "diag_name": "肺炎"},
                       "oprninfo": [],
                       "vendor_memo": "x"}}
            """;
        var read = SettlementJson.Read(json);
        var list = Assert.Single(read.Lists);
        Assert.Equal("390", list[SetlinfoFields.HiType]);
        Assert.Equal("7", list[SetlinfoFields.ActIptDays]);
        Assert.Equal("12.5", list[SetlinfoFields.PsnSelfpay]);
        Assert.Equal("王五", list[SetlinfoFields.PsnName]);
        Assert.Equal("J18.900", Assert.Single(list.Diagnoses)[DiseinfoFields.DiagCode]);
        Assert.Equal("1", list.Diagnoses[0][DiseinfoFields.MaindiagFlag]);
        var issue = Assert.Single(read.Issues);
        Assert.Equal("SETTLEMENT_UNKNOWN_FIELD", issue.Code);
        Assert.Equal("vendor_memo", issue.Field);
    }

    [Fact]
    public void Reads_arrays_and_json_lines()
    {
        var a = SettlementJson.Write(Clean());
        var b = SettlementJson.Write(Female());
        Assert.Equal(2, SettlementJson.Read("[" + a + "," + b + "]").Lists.Length);
        var lines = SettlementJson.Read(SettlementJson.WriteLines(new[] { Clean(), Female(), Newborn() }));
        Assert.Equal(3, lines.Lists.Length);
        Assert.True(lines.Lists[2].SameAs(Newborn()));
    }

    [Theory]
    [InlineData("", "SETTLEMENT_JSON_INVALID")]
    [InlineData("{\"setlinfo\": ", "SETTLEMENT_JSON_INVALID")]
    [InlineData("42", "SETTLEMENT_NOT_A_LIST")]
    [InlineData("[1, {\"setlinfo\": {}}]", "SETTLEMENT_NOT_A_LIST")]
    [InlineData("{\"setlinfo\": {\"gend\": [1]}}", "SETTLEMENT_VALUE_NOT_SCALAR")]
    [InlineData("{\"diseinfo\": \"I10\"}", "SETTLEMENT_NODE_NOT_ROWS")]
    public void Bad_json_becomes_an_issue(string json, string code)
    {
        var read = SettlementJson.Read(json);
        Assert.Contains(read.Issues, i => i.Code == code);
    }

    [Fact]
    public void Placeholders_and_bad_values_are_kept_but_read_as_empty_or_invalid()
    {
        var list = Assert.Single(SettlementJson.Read("{\"setlinfo\": {\"bill_no\": \"-\", \"adm_time\": \"2024-13-45\", \"age\": \"abc\"}}").Lists);
        Assert.Equal("-", list[SetlinfoFields.BillNo]);
        Assert.True(list.Setlinfo.IsEmpty(SetlinfoFields.BillNo));
        Assert.Equal(SettlementValueState.Invalid, list.Setlinfo.State(SetlinfoFields.AdmTime));
        Assert.Equal(SettlementValueState.Invalid, list.Setlinfo.State(SetlinfoFields.Age));
    }

    [Theory]
    [InlineData("2024-03-01", 2024, 3, 1, 0, 0)]
    [InlineData("2024/3/1 8:05", 2024, 3, 1, 8, 5)]
    [InlineData("20240301", 2024, 3, 1, 0, 0)]
    [InlineData("20240301083000", 2024, 3, 1, 8, 30)]
    [InlineData("2024-03-01T08:30:00.000", 2024, 3, 1, 8, 30)]
    public void Dates_in_vendor_formats_are_read(string text, int y, int m, int d, int h, int min)
    {
        Assert.True(SettlementValues.TryParseDateTime(text, out var value));
        Assert.Equal(new DateTime(y, m, d, h, min, 0), value);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-03-01 25:00")]
    [InlineData("03/01/2024")]
    [InlineData("yesterday")]
    public void Impossible_dates_are_not_read(string text) => Assert.False(SettlementValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("1/13/24", 1 * 1440 + 13 * 60 + 24, true)]
    [InlineData("0/24/0", 24 * 60, false)] // Sichuan accepts hours up to 24: read, but not within the national bounds
    public void Durations_are_read_as_minutes(string text, long minutes, bool strict)
    {
        Assert.True(SettlementValues.TryParseDuration(text, out var value, out var isStrict));
        Assert.Equal(minutes, value);
        Assert.Equal(strict, isStrict);
        Assert.False(SettlementValues.TryParseDuration("1/25/0", out _, out _));
    }

    [Fact]
    public void Csv_round_trips_with_field_path_columns()
    {
        var lists = new[] { Clean(), Female().AddDiagnosis("N80.000", "子宫内膜异位症") };
        var csv = SettlementCsv.Write(lists);
        Assert.StartsWith("mdtrt_id,setl_id,", csv, StringComparison.Ordinal);
        Assert.Contains("diseinfo[2].diag_code", csv, StringComparison.Ordinal);
        var read = SettlementCsv.Read(csv);
        Assert.Empty(read.Issues);
        Assert.Equal(2, read.Lists.Length);
        Assert.True(read.Lists[0].SameAs(lists[0]));
        Assert.True(read.Lists[1].SameAs(lists[1]));
        Assert.Contains(SettlementCsv.Read("gend,nonsense[0].x\n1,2\n").Issues, i => i.Code == "SETTLEMENT_CSV_UNKNOWN_COLUMN");
    }
}
