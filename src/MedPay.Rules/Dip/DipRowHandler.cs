namespace MedPay.Rules.Dip;

/// <summary>
/// What the caller of <see cref="DipCaseFileStreaming.EvaluateRows{TBlock}(DipEngine, DipCaseReader, DipPointPrices?, Func{TBlock}, DipRowHandler{TBlock}, StreamOptions?)"/>
/// does with each row — typically append its output line to the block: called on the working threads, for the rows of one block in file order.
/// </summary>
/// <typeparam name="TBlock">The caller's block type (e.g. a buffer of output lines and counts).</typeparam>
/// <param name="block">The block the row belongs to.</param>
/// <param name="record">The row as read.</param>
/// <param name="result">Its result.</param>
public delegate void DipRowHandler<in TBlock>(TBlock block, DipCaseRecord record, DipCaseResult result);
