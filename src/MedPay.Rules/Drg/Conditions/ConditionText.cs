namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The source text of a condition node as a span of the whole condition, copied out only when it is read (a trace, a message):
/// nested nodes share one string, so parsing costs no copy per node.
/// </summary>
internal readonly struct ConditionText
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;

    public ConditionText(string source, int start, int length)
    {
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>The text itself; the whole source when the span covers it, else a copy of the span.</summary>
    public override string ToString() =>
        _source is null ? string.Empty : _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    public static implicit operator ConditionText(string text) => new(text ?? string.Empty, 0, (text ?? string.Empty).Length);
}
