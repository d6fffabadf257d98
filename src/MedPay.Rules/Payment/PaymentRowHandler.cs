namespace MedPay.Rules.Payment;

/// <summary>
/// What the caller of <see cref="PaymentCaseFileStreaming.PayRows{TBlock}(DrgPaymentEngine, PaymentCaseReader, Func{TBlock}, PaymentRowHandler{TBlock}, StreamOptions?)"/>
/// does with each row — typically append its output line to the block: called on the paying threads, for the rows of one block in file order.
/// </summary>
/// <typeparam name="TBlock">The caller's block type (e.g. a buffer of output lines and totals).</typeparam>
/// <param name="block">The block the row belongs to.</param>
/// <param name="record">The row as read.</param>
/// <param name="payment">Its payment, or <see langword="null"/> when the row could not be read (<see cref="PaymentCaseRecord.Case"/> is null).</param>
public delegate void PaymentRowHandler<in TBlock>(TBlock block, PaymentCaseRecord record, CasePayment? payment);
