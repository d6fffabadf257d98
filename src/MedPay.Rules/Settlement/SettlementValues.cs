using System.Globalization;

namespace MedPay.Rules.Settlement;

/// <summary>Tolerant, allocation-free readers for the value formats HIS vendors send in settlement lists.</summary>
public static class SettlementValues
{
    /// <summary>Reads a date or date-time: <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>, <c>yyyyMMdd</c>, optionally followed by
    /// <c>HH:mm</c> or <c>HH:mm:ss</c> (separated by a space or <c>T</c>), or the compact <c>yyyyMMddHHmmss</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParseDateTime(string? text, out DateTime value)
    {
        value = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        var p = 0;
        int year, month, day;
        if (s.Length >= 8 && AllDigits(s.Slice(0, 8)) && (s.Length == 8 || !char.IsDigit(s[8]) || s.Length == 12 || s.Length == 14))
        {
            year = Number(s.Slice(0, 4));
            month = Number(s.Slice(4, 2));
            day = Number(s.Slice(6, 2));
            p = 8;
            if (s.Length is 12 or 14 && AllDigits(s))
            {
                var hh = Number(s.Slice(8, 2));
                var mm = Number(s.Slice(10, 2));
                var ss = s.Length == 14 ? Number(s.Slice(12, 2)) : 0;
                return Make(year, month, day, hh, mm, ss, out value);
            }
        }
        else
        {
            if (!Digits(s, ref p, 4, 4, out year) || !Separator(s, ref p, '-', '/', '.')) return false;
            if (!Digits(s, ref p, 1, 2, out month) || !Separator(s, ref p, '-', '/', '.')) return false;
            if (!Digits(s, ref p, 1, 2, out day)) return false;
        }

        if (p == s.Length) return Make(year, month, day, 0, 0, 0, out value);
        if (s[p] != ' ' && s[p] != 'T') return false;
        while (p < s.Length && (s[p] == ' ' || s[p] == 'T')) p++;
        if (!Digits(s, ref p, 1, 2, out var hour) || !Separator(s, ref p, ':', ':', ':') || !Digits(s, ref p, 2, 2, out var minute)) return false;
        var second = 0;
        if (p < s.Length && s[p] == ':')
        {
            p++;
            if (!Digits(s, ref p, 2, 2, out second)) return false;
            if (p < s.Length && s[p] == '.')
            {
                p++;
                while (p < s.Length && char.IsDigit(s[p])) p++;
            }
        }

        return p == s.Length && Make(year, month, day, hour, minute, second, out value);
    }

    /// <summary>Reads a decimal number in invariant culture (a leading <c>+</c>/<c>-</c> and one <c>.</c>; no thousands separators).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a number.</returns>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0m;
        if (text is null) return false;
        var s = text.Trim();
        // 16,2 is the widest interface type; 24 characters leave room for vendor padding while sums cannot overflow decimal.
        if (s.Length == 0 || s.Length > 24) return false;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a duration written days/hours/minutes (<c>1/13/24</c>) into minutes, accepting hours 0–24 and minutes 0–60.</summary>
    /// <param name="text">The text.</param>
    /// <param name="minutes">The total minutes.</param>
    /// <param name="strict">Whether hours are 0–23 and minutes 0–59 (the national bounds).</param>
    /// <returns>Whether the text is a duration.</returns>
    public static bool TryParseDuration(string? text, out long minutes, out bool strict)
    {
        minutes = 0;
        strict = false;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        var p = 0;
        if (!Digits(s, ref p, 1, 6, out var days) || p >= s.Length || s[p++] != '/') return false;
        if (!Digits(s, ref p, 1, 2, out var hours) || p >= s.Length || s[p++] != '/') return false;
        if (!Digits(s, ref p, 1, 2, out var mins) || p != s.Length) return false;
        if (hours > 24 || mins > 60) return false;
        strict = hours < 24 && mins < 60;
        minutes = (days * 24L + hours) * 60L + mins;
        return true;
    }

    /// <summary>Writes minutes as days/hours/minutes.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The text, e.g. <c>1/13/24</c>.</returns>
    public static string FormatDuration(long minutes) =>
        (minutes / 1440).ToString(CultureInfo.InvariantCulture) + "/" + (minutes / 60 % 24).ToString(CultureInfo.InvariantCulture) + "/" + (minutes % 60).ToString(CultureInfo.InvariantCulture);

    private static bool Make(int year, int month, int day, int hour, int minute, int second, out DateTime value)
    {
        value = default;
        if (year < 1800 || year > 2999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9') return false;
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) n = n * 10 + (c - '0');
        return n;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int p, int min, int max, out int value)
    {
        value = 0;
        var start = p;
        while (p < s.Length && p - start < max && s[p] >= '0' && s[p] <= '9') value = value * 10 + (s[p++] - '0');
        return p - start >= min;
    }

    private static bool Separator(ReadOnlySpan<char> s, ref int p, char a, char b, char c)
    {
        if (p >= s.Length || (s[p] != a && s[p] != b && s[p] != c)) return false;
        p++;
        return true;
    }
}
