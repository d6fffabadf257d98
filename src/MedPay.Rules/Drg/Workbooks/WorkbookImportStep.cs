namespace MedPay.Rules.Drg.Workbooks;

/// <summary>One thing the workbook import did, with where it did it: a cleaning, a reordering, an amendment, a note.</summary>
public sealed class WorkbookImportStep
{
    internal WorkbookImportStep(WorkbookImportStepKind kind, SourceLocation? location, LocalizedText message, string? value = null)
    {
        Kind = kind;
        Location = location;
        Message = message;
        Value = value;
    }

    /// <summary>What kind of step it was.</summary>
    public WorkbookImportStepKind Kind { get; }

    /// <summary>The cell (sheet, row, column) or the amendments file row it concerns, or <see langword="null"/> for the workbook as a whole.</summary>
    public SourceLocation? Location { get; }

    /// <summary>What was done, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>The value concerned after the step (the cleaned text, the code), when there is one.</summary>
    public string? Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Location}: {Message.En}{(Value is null ? string.Empty : " [" + Value + "]")}";
}
