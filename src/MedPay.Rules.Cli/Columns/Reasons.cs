namespace MedPay.Rules.Cli.Columns;

/// <summary>The <c>issues</c> and <c>reason</c> columns of every command: issue codes, and the library's messages with their values filled in.</summary>
internal static class Reasons
{
    /// <summary>The codes, <c>|</c>-separated.</summary>
    public static string Codes(IEnumerable<Issue> issues) => string.Join("|", issues.Select(i => i.Code));

    /// <summary>Each message as <c>中文 / English</c> (once each), <c>; </c>-separated.</summary>
    public static string Text(IEnumerable<Issue> issues) => string.Join("; ", issues.Select(i => i.Message.Zh + " / " + i.Message.En));

    /// <summary>Each text as <c>中文 / English</c>, <c>; </c>-separated.</summary>
    public static string Text(IEnumerable<LocalizedText> texts) => string.Join("; ", texts.Select(t => t.Zh + " / " + t.En));
}
