namespace MedPay.Rules.Workbooks;

/// <summary>
/// Reads the cell text of a spreadsheet workbook. The core library reads no spreadsheet format itself (its dependency list stays
/// short); the package <c>MedPay.Rules.Workbooks</c> provides the reader for <c>.xlsx</c> files, and any other can be plugged in.
/// A reader must never throw for bad content: a file that is not a workbook, a damaged part, a part or cell over the
/// <see cref="WorkbookReadLimits"/> all become issues (code <c>WB_*</c>, see <see cref="WorkbookIssues"/>).
/// </summary>
public interface IWorkbookReader
{
    /// <summary>Reads a workbook.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <param name="limits">Bounds on sizes that keep a hostile file (a zip bomb, a huge cell) to bounded time and memory.</param>
    /// <returns>The workbook, or none, and every issue found.</returns>
    WorkbookReadResult Read(ReadOnlyMemory<byte> content, string fileName, WorkbookReadLimits limits);
}
