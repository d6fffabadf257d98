namespace MedPay.Rules;

/// <summary>
/// A message in Chinese and English. Every issue, status and explanation of the library carries one,
/// so that a hospital's medical-insurance office and an integration team read the same statement.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a message from its Chinese and English wording.</summary>
    /// <param name="zh">The Chinese wording (简体中文).</param>
    /// <param name="en">The English wording.</param>
    public LocalizedText(string zh, string en)
    {
        Zh = zh ?? throw new ArgumentNullException(nameof(zh));
        En = en ?? throw new ArgumentNullException(nameof(en));
    }

    /// <summary>The Chinese wording.</summary>
    public string Zh { get; }

    /// <summary>The English wording.</summary>
    public string En { get; }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Zh, other.Zh, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Zh) * 31 + StringComparer.Ordinal.GetHashCode(En);

    /// <summary>Both wordings, Chinese first: <c>中文 / English</c>.</summary>
    public override string ToString() => Zh + " / " + En;
}
