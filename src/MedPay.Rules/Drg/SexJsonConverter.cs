using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedPay.Rules.Drg;

/// <summary>
/// Reads <see cref="Sex"/> from JSON as a request from a HIS or a web form sends it: the names <c>"Male"</c> / <c>"Female"</c> /
/// <c>"Unknown"</c> (any case), the codes <see cref="DrgCaseCsv.ParseSex"/> reads (<c>"M"</c>/<c>"F"</c>, the settlement-list codes
/// <c>"1"</c>/<c>"2"</c>, <c>"男"</c>/<c>"女"</c>) and the numbers 0, 1, 2; writes the name. Anything else is a
/// <see cref="JsonException"/> that lists the accepted values, so a web host answers a bad request with the reason.
/// </summary>
internal sealed class SexJsonConverter : JsonConverter<Sex>
{
    /// <summary>What the message of a refused value lists.</summary>
    internal const string Accepted = "Male, Female, Unknown, M, F, 1, 2, 男, 女";

    /// <inheritdoc />
    public override Sex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number is >= 0 and <= 2) return (Sex)number;
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()?.Trim() ?? string.Empty;
            foreach (var name in new[] { Sex.Male, Sex.Female, Sex.Unknown })
            {
                if (string.Equals(text, name.ToString(), StringComparison.OrdinalIgnoreCase)) return name;
            }

            if (DrgCaseCsv.ParseSex(text) is var sex && sex != Sex.Unknown) return sex;
        }

        var shown = reader.TokenType == JsonTokenType.String ? "\"" + reader.GetString() + "\"" : reader.TokenType.ToString();
        throw new JsonException($"sex {shown} is not one of {Accepted} / 性别 {shown} 不是可接受的取值");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Sex value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
