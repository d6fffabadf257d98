namespace MedPay.Rules.RulePacks;

/// <summary>Names the rule pack a result was computed with: id, version and content hash. Every grouping and payment result carries one.</summary>
public sealed class RulePackIdentity : IEquatable<RulePackIdentity>
{
    /// <summary>Creates an identity.</summary>
    /// <param name="id">The pack id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="version">The pack version.</param>
    /// <param name="contentHash">The SHA-256 content hash, lower-case hex.</param>
    public RulePackIdentity(string id, string name, string version, string contentHash)
    {
        Id = id;
        Name = name;
        Version = version;
        ContentHash = contentHash;
    }

    /// <summary>The identity of a loaded pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>Its identity.</returns>
    public static RulePackIdentity Of(RulePack pack) =>
        new((pack ?? throw new ArgumentNullException(nameof(pack))).Id, pack.Manifest.Name, pack.Version, pack.ContentHash);

    /// <summary>The pack id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The pack version.</summary>
    public string Version { get; }

    /// <summary>The SHA-256 content hash, lower-case hex.</summary>
    public string ContentHash { get; }

    /// <inheritdoc />
    public bool Equals(RulePackIdentity? other) => other is not null && Id == other.Id && Version == other.Version && ContentHash == other.ContentHash;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RulePackIdentity);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ContentHash);

    /// <summary>
    /// Writes the identity as the JSON object every result of the library and of <c>medpay</c> names its pack with:
    /// <c>{ "id", "version", "hash" }</c> (the hash in full).
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property name, or <see langword="null"/> inside an array.</param>
    public void WriteJson(System.Text.Json.Utf8JsonWriter json, string? name)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        if (name is null) json.WriteStartObject();
        else json.WriteStartObject(name);
        json.WriteString("id", Id);
        json.WriteString("version", Version);
        json.WriteString("hash", ContentHash);
        json.WriteEndObject();
    }

    /// <summary><c>id@version#hash12</c>.</summary>
    public override string ToString() => Id + "@" + Version + "#" + (ContentHash.Length > 12 ? ContentHash.Substring(0, 12) : ContentHash);
}
