using System.Globalization;

namespace MedPay.Rules;

/// <summary>
/// One entry of an error catalogue: a stable code, its severity and its message templates in Chinese and English
/// (composite-format placeholders <c>{0}</c>, <c>{1}</c>, …). Catalogues are data; each capability publishes its own.
/// </summary>
public sealed class IssueDefinition
{
#if NET8_0_OR_GREATER
    private System.Text.CompositeFormat? _zh;
    private System.Text.CompositeFormat? _en;
#endif

    /// <summary>Creates a catalogue entry.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="zh">The Chinese message template.</param>
    /// <param name="en">The English message template.</param>
    public IssueDefinition(string code, IssueSeverity severity, string zh, string en)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Zh = zh ?? throw new ArgumentNullException(nameof(zh));
        En = en ?? throw new ArgumentNullException(nameof(en));
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The default severity.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>The Chinese message template.</summary>
    public string Zh { get; }

    /// <summary>The English message template.</summary>
    public string En { get; }

    /// <summary>Creates an issue of this kind.</summary>
    /// <param name="field">The field or path concerned.</param>
    /// <param name="value">The offending value.</param>
    /// <param name="location">Where in a file, for file issues.</param>
    /// <param name="args">Values for the message placeholders.</param>
    /// <returns>The issue.</returns>
    public Issue Create(string? field = null, string? value = null, SourceLocation? location = null, params object?[] args) =>
        new(Code, Severity, Format(args), field, value, location);

    /// <summary>
    /// Formats the message templates with the given values. A <see cref="LocalizedText"/> value fills the Chinese template with its
    /// Chinese wording and the English template with its English wording, so that a reason worded in both languages appears once in each.
    /// </summary>
    /// <param name="args">Values for the placeholders.</param>
    /// <returns>The message.</returns>
    public LocalizedText Format(params object?[] args)
    {
        if (args is null || args.Length == 0) return new LocalizedText(Zh, En);
        var zhArgs = Side(args, zh: true);
        var enArgs = Side(args, zh: false);
#if NET8_0_OR_GREATER
        // The templates are parsed once (a grouper raises the same issue for every unknown code of a file), then only filled in.
        var zh = _zh ??= System.Text.CompositeFormat.Parse(Zh);
        var en = _en ??= System.Text.CompositeFormat.Parse(En);
        return new LocalizedText(string.Format(CultureInfo.InvariantCulture, zh, zhArgs), string.Format(CultureInfo.InvariantCulture, en, enArgs));
#else
        return new LocalizedText(string.Format(CultureInfo.InvariantCulture, Zh, zhArgs), string.Format(CultureInfo.InvariantCulture, En, enArgs));
#endif
    }

    /// <summary>The values for one language: each <see cref="LocalizedText"/> replaced by its wording in that language.</summary>
    private static object?[] Side(object?[] args, bool zh)
    {
        if (!Array.Exists(args, a => a is LocalizedText)) return args;
        return Array.ConvertAll(args, a => a is LocalizedText text ? (zh ? text.Zh : text.En) : a);
    }

    /// <inheritdoc />
    public override string ToString() => Code + " (" + Severity + "): " + Zh + " / " + En;
}
