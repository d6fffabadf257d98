namespace MedPay.Rules.Drg;

/// <summary>
/// What the caller of <see cref="DrgCaseFileStreaming.GroupRows{TBlock}(DrgGrouper, DrgCaseCsvReader, Func{TBlock}, DrgCaseRowHandler{TBlock}, DrgStreamOptions?)"/> does with each row — typically append its output line to
/// the block: called on the grouping threads, for the rows of one block in file order.
/// </summary>
/// <typeparam name="TBlock">The caller's block type (e.g. a buffer of output lines and counts).</typeparam>
/// <param name="block">The block the row belongs to.</param>
/// <param name="row">The row and its result (valid only during the call).</param>
public delegate void DrgCaseRowHandler<in TBlock>(TBlock block, in DrgCaseRow row);
