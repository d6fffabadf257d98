namespace MedPay.Rules.Drg;

/// <summary>A major diagnostic category (主要诊断大类, MDC) of a scheme: one row of <c>mdc.csv</c>.</summary>
public sealed class MdcDefinition
{
    internal MdcDefinition(int seq, string code, string name, string condition)
    {
        Seq = seq;
        Code = code;
        Name = name;
        Condition = condition;
    }

    /// <summary>The order in which MDC rows are tried.</summary>
    public int Seq { get; }

    /// <summary>The MDC code, e.g. <c>MDCH</c>.</summary>
    public string Code { get; }

    /// <summary>The name, e.g. <c>肝、胆、胰疾病及功能障碍</c>.</summary>
    public string Name { get; }

    /// <summary>The entry condition as written in the scheme.</summary>
    public string Condition { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}
