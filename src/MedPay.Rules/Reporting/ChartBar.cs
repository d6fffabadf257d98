namespace MedPay.Rules.Reporting;

/// <summary>One bar of a report chart: its label, its value (negative bars extend left of the zero line) and the text written beside it.</summary>
/// <param name="Label">The label, left of the bar.</param>
/// <param name="Value">The value the bar's length is proportional to.</param>
/// <param name="Text">The figure written at the bar's end, as the table beside the chart writes it.</param>
internal readonly record struct ChartBar(string Label, decimal Value, string Text);
