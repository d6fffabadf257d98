using System.Management.Automation;

namespace MedPay.Rules.PowerShell;

/// <summary>Issues as PowerShell shows them: one line per issue (code, location, Chinese and English message), errors as error records.</summary>
internal static class Issues
{
    /// <summary>The codes of the issues, <c>; </c>-separated (a CSV-friendly column).</summary>
    public static string Codes(IEnumerable<Issue> issues) => string.Join("; ", issues.Select(i => i.Code));

    /// <summary>The issues in words, <c>CODE: 中文 / English</c> each, <c>; </c>-separated (a CSV-friendly column).</summary>
    public static string Messages(IEnumerable<Issue> issues) => string.Join("; ", issues.Select(i => i.Code + ": " + i.Message.Zh + " / " + i.Message.En));

    /// <summary>One readable line: <c>CODE at file:row:col: 中文 / English</c>.</summary>
    public static string Line(Issue issue) =>
        issue.Code + (issue.Location is null ? string.Empty : " at " + issue.Location) + ": " + issue.Message.Zh + " / " + issue.Message.En;

    /// <summary>An error record for a problem that stops one input object or one pack from being used.</summary>
    public static ErrorRecord Error(string id, ErrorCategory category, object? target, string zh, string en, IEnumerable<Issue> issues)
    {
        var lines = issues.Select(Line).ToList();
        var message = zh + " / " + en + (lines.Count == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, lines));
        return new ErrorRecord(new InvalidDataException(message), id, category, target);
    }
}
