using System.Collections.Immutable;

namespace MedPay.Rules.Coding;

/// <summary>The result of looking one code up in a <see cref="CodeMap"/>.</summary>
public sealed class CodeMapping
{
    internal CodeMapping(string input, string key, CodeMapStatus status, ImmutableArray<string> targets)
    {
        Input = input;
        Key = key;
        Status = status;
        Targets = targets;
    }

    /// <summary>The input as given.</summary>
    public string Input { get; }

    /// <summary>The canonical text the map was searched with (<see cref="CodeText.Canonicalize(string)"/>).</summary>
    public string Key { get; }

    /// <summary>The outcome.</summary>
    public CodeMapStatus Status { get; }

    /// <summary>Every target the map lists for the code, in file order (one for one-to-one and many-to-one rows).</summary>
    public ImmutableArray<string> Targets { get; }

    /// <summary>The code to use: the single target for <see cref="CodeMapStatus.Mapped"/> and <see cref="CodeMapStatus.Unchanged"/>, else <see langword="null"/>.</summary>
    public string? Code => Status is CodeMapStatus.Mapped or CodeMapStatus.Unchanged ? Targets[0] : null;

    /// <inheritdoc />
    public override string ToString() => $"'{Input}' {Status} [{string.Join(" ", Targets)}]";
}
