namespace MedPay.Rules;

/// <summary>
/// A structured finding: a stable code, a severity, the field it concerns, the offending value and a message
/// in Chinese and English. Rule-pack errors, grouping input problems and settlement-list findings are all issues.
/// </summary>
public sealed class Issue : IEquatable<Issue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">The stable code, e.g. <c>PACK_CONDITION_SYNTAX</c>; never changes once published.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong, in Chinese and English.</param>
    /// <param name="field">The field or path it concerns, e.g. <c>diagnoses[2]</c> or <c>condition</c>.</param>
    /// <param name="value">The offending value as found, when there is one.</param>
    /// <param name="location">Where in a file it was found, for issues about files.</param>
    /// <param name="hint">A suggested fix, when the library can give one.</param>
    public Issue(string code, IssueSeverity severity, LocalizedText message, string? field = null, string? value = null, SourceLocation? location = null, LocalizedText? hint = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Field = field;
        Value = value;
        Location = location;
        Hint = hint;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>What is wrong, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>The field or path the issue concerns, or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>The offending value, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Where in a file it was found, or <see langword="null"/>.</summary>
    public SourceLocation? Location { get; }

    /// <summary>A suggested fix, or <see langword="null"/>.</summary>
    public LocalizedText? Hint { get; }

    /// <inheritdoc />
    public bool Equals(Issue? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message.Equals(other.Message)
        && Field == other.Field && Value == other.Value && Equals(Location, other.Location) && Equals(Hint, other.Hint);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Issue);

    /// <inheritdoc />
    public override int GetHashCode() => (Code, Severity, Message, Field, Value, Location).GetHashCode();

    /// <summary>A one-line rendering: <c>[Error] CODE at location field='value': message</c>.</summary>
    public override string ToString()
    {
        var text = "[" + Severity + "] " + Code;
        if (Location is not null) text += " at " + Location;
        if (Field is not null) text += " " + Field;
        if (Value is not null) text += "='" + Value + "'";
        return text + ": " + Message;
    }
}
