namespace MedPay.Rules;

/// <summary>The fields of one case-file row as read, before they are made a record (<see cref="CaseFileReader{TRecord}"/>).</summary>
internal readonly struct CaseFileFields
{
    public CaseFileFields(int line, Issue? issue, string[] values)
    {
        Line = line;
        Issue = issue;
        Values = values;
    }

    /// <summary>The 1-based line the row starts on.</summary>
    public int Line { get; }

    /// <summary>The row's quoting problem, if any.</summary>
    public Issue? Issue { get; }

    /// <summary>The row's fields.</summary>
    public string[] Values { get; }
}
