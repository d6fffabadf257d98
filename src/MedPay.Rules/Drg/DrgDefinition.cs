namespace MedPay.Rules.Drg;

/// <summary>A DRG (疾病诊断相关分组) of a scheme: one row of <c>drg.csv</c>.</summary>
public sealed class DrgDefinition
{
    internal DrgDefinition(string adrg, int seq, string code, string name, string condition, int line)
    {
        Adrg = adrg;
        Seq = seq;
        Code = code;
        Name = name;
        Condition = condition;
        Line = line;
    }

    /// <summary>The ADRG the DRG belongs to.</summary>
    public string Adrg { get; }

    /// <summary>The order within the ADRG.</summary>
    public int Seq { get; }

    /// <summary>The DRG code, e.g. <c>HC25</c>.</summary>
    public string Code { get; }

    /// <summary>The name, e.g. <c>胆囊切除手术，不伴并发症或合并症</c>.</summary>
    public string Name { get; }

    /// <summary>The condition as written.</summary>
    public string Condition { get; }

    /// <summary>The line of <c>drg.csv</c> the row comes from.</summary>
    public int Line { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}
