using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Builds small schemes in memory for unit tests: every file of the layout with a default content that a test can replace.
/// The default scheme: MDCX (main diagnosis in X_DX) with a surgical ADRG XA1 (main procedure in XA1_PR) split 1/3/5 by
/// MCC/CC, and a medical ADRG XR1 (unsplit).
/// </summary>
public sealed class MiniScheme
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["scheme.json"] = "{\"id\":\"mini\",\"name\":\"Mini scheme\",\"version\":\"1\",\"format\":\"drg-scheme-tables/1\"}",
        ["mdc.csv"] = "seq,mdc,name,condition\n1,MDCX,测试大类,main_dx in X_DX\n",
        ["adrg.csv"] = "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,测试手术,surgical,main_pr in XA1_PR\nMDCX,2,XR1,测试内科,medical,true\n",
        ["drg.csv"] = "adrg,seq,drg,name,condition\nXA1,1,XA11,伴MCC,has_mcc\nXA1,2,XA13,伴CC,has_mcc or has_cc\nXA1,3,XA15,不伴,true\nXR1,1,XR19,内科,true\n",
        ["tables.csv"] = "table,code,tag\nX_DX,A01.000,\nX_DX,A02.000,\nXA1_PR,01.0001,\n",
        ["cc.csv"] = "code,level,exclusion_group\nB01.000,MCC,1\nB02.000,CC,2\nB03.000,CC,3\n",
        ["cc_exclusions.csv"] = "exclusion_group,main_dx\n1,A02.000\n2,A02.000\n3,A01.000\n",
        ["diagnoses.csv"] = "code,name\nA01.000,甲一\nA02.000,甲二\nA03.000,甲三\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\nC01.000,丙一\nC02.000,丙二\nC03.000,丙三\n",
        ["procedures.csv"] = "code,name\n01.0001,手术一\n01.0002,手术二\n01.0003,手术三\n",
    };

    public MiniScheme With(string file, string text)
    {
        _files[file] = text;
        return this;
    }

    public MiniScheme Without(string file)
    {
        _files.Remove(file);
        return this;
    }

    public RulePack Pack() => RulePack.FromTexts(_files, "mini");

    public DrgScheme Load() => DrgScheme.Load(Pack());

    public DrgSchemeLoadResult TryLoad() => DrgScheme.TryLoad(Pack());

    /// <summary>A scheme of one MDC (main_dx in X_DX) and one ADRG whose rule is <paramref name="condition"/>; DRG ZZ19 unconditional.</summary>
    public static DrgScheme WithAdrgCondition(string condition, string extraTables = "") =>
        new MiniScheme()
            .With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,ZZ1,被测,medical,\"" + condition.Replace("\"", "\"\"") + "\"\n")
            .With("drg.csv", "adrg,seq,drg,name,condition\nZZ1,1,ZZ19,被测,true\n")
            .With("tables.csv", "table,code,tag\nX_DX,A01.000,\nX_DX,A02.000,\nXA1_PR,01.0001,\n" + extraTables)
            .Load();

    public static DrgCase Case(string diagnoses, string procedures = "", Sex sex = Sex.Male, int ageYears = 40, int? ageDays = null,
        int birthWeight = 0, int los = 5, int discharge = 1, double icuHours = 0, string? dept = null) => new()
    {
        Sex = sex,
        AgeYears = ageYears,
        AgeDays = ageDays ?? ageYears * 365 + 10,
        BirthWeightGrams = birthWeight,
        LengthOfStayDays = los,
        Discharge = discharge,
        IcuHours = icuHours,
        Department = dept,
        Diagnoses = DrgCaseCsv.SplitCodes(diagnoses),
        Procedures = DrgCaseCsv.SplitCodes(procedures),
    };
}
