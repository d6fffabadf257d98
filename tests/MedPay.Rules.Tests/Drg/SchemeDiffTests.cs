using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

public class SchemeDiffTests
{
    [Fact]
    public void A_scheme_compared_with_itself_has_no_changes() =>
        Assert.Empty(DrgSchemeDiff.Compare(new MiniScheme().Load(), new MiniScheme().Load()));

    [Fact]
    public void Renamed_drg_new_adrg_changed_table_and_cc_are_listed()
    {
        var before = new MiniScheme().Load();
        var after = new MiniScheme()
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,测试手术,surgical,main_pr in XA1_PR\nMDCX,2,XR1,测试内科,medical,true\nMDCX,3,XS1,新增,medical,true\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nXA1,1,XA11,伴严重并发症,has_mcc\nXA1,2,XA13,伴CC,has_mcc or has_cc\nXA1,3,XA15,不伴,true\nXR1,1,XR19,内科,true\nXS1,1,XS19,新增,true\n")
            .With("tables.csv", "table,code,tag\nX_DX,A01.000,\nX_DX,A03.000,\nXA1_PR,01.0001,\n")
            .With("cc.csv", "code,level,exclusion_group\nB01.000,MCC,1\nB02.000,MCC,2\nB03.000,CC,3\n")
            .Load();
        var changes = DrgSchemeDiff.Compare(before, after).Select(c => c.ToString()).ToArray();
        Assert.Equal(new[]
        {
            "added adrg XS1:  -> 新增 | medical | MDCX#3: true",
            "changed drg XA11: 伴MCC | has_mcc -> 伴严重并发症 | has_mcc",
            "added drg XS19:  -> 新增 | true",
            "changed table X_DX: -A02.000 -> +A03.000",
            "changed cc B02.000: CC -> MCC",
        }, changes);
    }
}
