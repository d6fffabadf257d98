using System.Collections.Immutable;

namespace MedPay.Rules.RulePacks;

/// <summary>Thrown by the throwing load methods when a rule pack has errors; <see cref="Issues"/> lists every one of them.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception from the issues found.</summary>
    /// <param name="packId">The id of the pack, or its origin when the id is not known.</param>
    /// <param name="issues">The issues found; at least one is an error.</param>
    public RulePackException(string packId, ImmutableArray<Issue> issues)
        : base(BuildMessage(packId ?? throw new ArgumentNullException(nameof(packId)), issues.IsDefault ? ImmutableArray<Issue>.Empty : issues))
    {
        PackId = packId;
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
    }

    /// <summary>The pack id or origin.</summary>
    public string PackId { get; }

    /// <summary>Every issue found, errors and warnings.</summary>
    public ImmutableArray<Issue> Issues { get; }

    private static string BuildMessage(string packId, ImmutableArray<Issue> issues)
    {
        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        var text = $"Rule pack '{packId}' has {errors.Count} error(s) / 规则包 '{packId}' 有 {errors.Count} 个错误";
        foreach (var issue in errors.Take(20)) text += Environment.NewLine + "  " + issue;
        if (errors.Count > 20) text += Environment.NewLine + $"  … and {errors.Count - 20} more";
        return text;
    }
}
