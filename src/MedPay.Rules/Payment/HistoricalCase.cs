namespace MedPay.Rules.Payment;

/// <summary>One case of the history weights are calibrated from: its DRG, its cost in yuan and its length of stay in days.</summary>
/// <param name="Drg">The DRG code.</param>
/// <param name="Cost">The total cost in yuan.</param>
/// <param name="LengthOfStay">The length of stay in days.</param>
public readonly record struct HistoricalCase(string Drg, decimal Cost, int LengthOfStay = 0);
