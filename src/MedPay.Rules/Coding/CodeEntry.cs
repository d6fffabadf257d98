namespace MedPay.Rules.Coding;

/// <summary>One code of a scheme's dictionary, with its name.</summary>
public sealed class CodeEntry
{
    internal CodeEntry(string code, string name, CodeKind kind, int id)
    {
        Code = code;
        Name = name;
        Kind = kind;
        Id = id;
    }

    /// <summary>The code as the dictionary writes it, e.g. <c>K80.000x004</c>.</summary>
    public string Code { get; }

    /// <summary>The name (Chinese), e.g. <c>胆囊结石伴急性胆囊炎</c>.</summary>
    public string Name { get; }

    /// <summary>Whether it is a diagnosis or a procedure.</summary>
    public CodeKind Kind { get; }

    /// <summary>The code's integer id in the scheme's code space (stable for one loaded scheme only).</summary>
    internal int Id { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}
