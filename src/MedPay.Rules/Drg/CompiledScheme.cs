using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>An MDC row with its compiled condition and its ADRG rows in seq order.</summary>
internal sealed class CompiledMdc
{
    public CompiledMdc(MdcDefinition definition, Condition condition, CompiledAdrgRule[] rules)
    {
        Definition = definition;
        Condition = condition;
        Rules = rules;
    }

    public MdcDefinition Definition { get; }

    public Condition Condition { get; }

    public CompiledAdrgRule[] Rules { get; }
}

/// <summary>An ADRG row with its compiled condition and the ADRG's DRG rows in seq order.</summary>
internal sealed class CompiledAdrgRule
{
    public CompiledAdrgRule(AdrgRule row, AdrgDefinition adrg, Condition condition, CompiledDrg[] drgs)
    {
        Row = row;
        Adrg = adrg;
        Condition = condition;
        Drgs = drgs;
    }

    public AdrgRule Row { get; }

    public AdrgDefinition Adrg { get; }

    public Condition Condition { get; }

    public CompiledDrg[] Drgs { get; }
}

/// <summary>A DRG row with its compiled condition.</summary>
internal sealed class CompiledDrg
{
    public CompiledDrg(DrgDefinition definition, Condition condition)
    {
        Definition = definition;
        Condition = condition;
    }

    public DrgDefinition Definition { get; }

    public Condition Condition { get; }
}
