namespace MedPay.Rules.Cli;

/// <summary>
/// Options whose value is one of a list (a fund, a hospital grade of the payment pack, a quality grade or share rule of the retention policy,
/// a report format): a value not in the list is refused with exit code 1 and a message listing every valid choice, in Chinese and in English.
/// </summary>
internal static class OptionChoices
{
    /// <summary>One valid value, with its name when it has one (<c>3</c>: 三级 / tertiary).</summary>
    public sealed record Choice(string Value, LocalizedText? Name = null);

    /// <summary>Whether <paramref name="value"/> is one of <paramref name="choices"/> (ignoring case); otherwise prints the refusal and returns false.</summary>
    /// <param name="option">The option, e.g. <c>--grade</c>.</param>
    /// <param name="value">The value given.</param>
    /// <param name="what">What the value should be, e.g. 参数包 drg-payment-example 的医院等级 / a hospital grade of drg-payment-example.</param>
    /// <param name="choices">The valid values.</param>
    public static bool Check(string option, string value, LocalizedText what, IReadOnlyCollection<Choice> choices)
    {
        if (choices.Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase))) return true;
        Refuse(option, value, what, choices);
        return false;
    }

    /// <summary>Prints that <paramref name="value"/> is not a valid value of <paramref name="option"/>, with the valid choices.</summary>
    public static void Refuse(string option, string value, LocalizedText what, IReadOnlyCollection<Choice> choices)
    {
        // A name that only repeats the value (excellent: 优秀 / excellent) is shown on the Chinese side only.
        string Named(Choice c, string name, string open, string close) =>
            name.Length == 0 || string.Equals(name, c.Value, StringComparison.OrdinalIgnoreCase) ? c.Value : c.Value + open + name + close;
        var zh = string.Join("、", choices.Select(c => Named(c, c.Name?.Zh ?? string.Empty, "（", "）")));
        var en = string.Join(", ", choices.Select(c => Named(c, c.Name?.En ?? string.Empty, " (", ")")));
        Console2.Error($"{option} 的取值 '{value}' 无效：应为{what.Zh}（可用：{zh}）", $"'{value}' is not a value of {option}: expected {what.En} (valid choices: {en})");
    }
}
