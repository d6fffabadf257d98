namespace MedPay.Rules.Cli.Columns;

/// <summary>How a result column's value is written in CSV and JSON.</summary>
internal enum ColumnKind
{
    /// <summary>Text: quoted in CSV when it must be; a JSON string.</summary>
    Text = 0,

    /// <summary>A code or id (<c>0000</c>, <c>000123</c>): text, written as <c>="0000"</c> with <c>--excel-text</c> so a spreadsheet keeps it.</summary>
    Code = 1,

    /// <summary>An amount, score or factor: the invariant decimal text in CSV, a JSON number (null when empty).</summary>
    Number = 2,

    /// <summary>A flag (<c>1</c>/<c>0</c> or <c>true</c>/<c>false</c> in CSV): a JSON boolean (null when empty).</summary>
    Boolean = 3,
}
