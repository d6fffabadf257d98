namespace MedPay.Rules.Tests.Support;

/// <summary>A small line diff (longest common subsequence) for readable failure messages: changed lines with one line of context.</summary>
internal static class LineDiff
{
    public static string Render(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--) lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var edits = new List<(char Kind, string Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { edits.Add((' ', a[x])); x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(('-', a[x++]));
            else edits.Add(('+', b[y++]));
        }

        var text = new System.Text.StringBuilder();
        for (var k = 0; k < edits.Count; k++)
        {
            var near = edits[k].Kind != ' ' || (k > 0 && edits[k - 1].Kind != ' ') || (k + 1 < edits.Count && edits[k + 1].Kind != ' ');
            if (near) text.Append(edits[k].Kind).Append(' ').Append(edits[k].Line).Append('\n');
        }

        return text.ToString();
    }

    private static string[] Lines(string text) => text.Length == 0 ? Array.Empty<string>() : text.TrimEnd('\n').Split('\n');
}
