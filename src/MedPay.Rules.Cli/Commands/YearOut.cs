using System.Text.Json;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// <c>medpay retention</c>'s side of the pay → retention chain: <c>medpay pay --year-out</c> writes a JSON array with one hospital object
/// per hospital (in the layout of docs/retention.md §6); the retention reader takes one such object, chosen by <c>--hospital</c>.
/// </summary>
internal static class YearOut
{
    /// <summary>
    /// When <paramref name="text"/> is a JSON array of hospital objects, the one for <paramref name="hospital"/> (or the only one) as text;
    /// null with <paramref name="exit"/> 0 when the text is not such an array (read it as it is), or with the exit code after an error.
    /// </summary>
    public static string? Select(string text, string? hospital, out int exit)
    {
        exit = 0;
        List<(string Id, string Json)> hospitals;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) return null;
            hospitals = doc.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("hospital", out var h) && h.ValueKind == JsonValueKind.Object)
                .Select(e => (e.GetProperty("hospital").TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() ?? string.Empty : string.Empty, e.GetRawText()))
                .ToList();
        }
        catch (JsonException)
        {
            return null; // the reader reports it
        }

        if (hospitals.Count == 0) return null; // not a --year-out file: the reader reports it
        var ids = string.Join(", ", hospitals.Select(h => h.Id));
        if (hospital is null && hospitals.Count == 1) return hospitals[0].Json;
        if (hospital is null)
        {
            Console2.Error($"输入含 {hospitals.Count} 家医院，请用 --hospital 选择一家（可用：{ids}）",
                $"the input lists {hospitals.Count} hospitals; choose one with --hospital (one of: {ids})");
            exit = ExitCodes.Usage;
            return null;
        }

        foreach (var h in hospitals)
        {
            if (string.Equals(h.Id, hospital, StringComparison.Ordinal)) return h.Json;
        }

        Console2.Error($"输入中没有医院 {hospital}（可用：{ids}）", $"the input has no hospital {hospital} (one of: {ids})");
        exit = ExitCodes.BadInput;
        return null;
    }
}
