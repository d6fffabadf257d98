using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MedPay.Rules.Dip;

/// <summary>The year-end DIP settlement: per fund the point value, per hospital and fund the annual payment, the steps (zh + en) and issues.</summary>
public sealed class DipYearEndReport
{
    /// <summary>The catalogue pack the cases were scored with, when the input names it.</summary>
    public RulePacks.RulePackIdentity? Pack { get; init; }

    /// <summary>The method used.</summary>
    public DipPointValueMethod Method { get; init; }

    /// <summary>The funds (pools), in fund order.</summary>
    public ImmutableArray<DipFundSettlement> Funds { get; init; } = ImmutableArray<DipFundSettlement>.Empty;

    /// <summary>The hospitals by fund, ordered by fund then hospital id (ordinal).</summary>
    public ImmutableArray<DipHospitalSettlement> Hospitals { get; init; } = ImmutableArray<DipHospitalSettlement>.Empty;

    /// <summary>The computation, step by step.</summary>
    public ImmutableArray<LocalizedText> Steps { get; init; } = ImmutableArray<LocalizedText>.Empty;

    /// <summary>Problems found (fund without budget, zero total score, bad budget).</summary>
    public ImmutableArray<Issue> Issues { get; init; } = ImmutableArray<Issue>.Empty;

    /// <summary>
    /// The hospital rows as CSV: <c>fund,hospital_id,case_count,total_score,payment,personal_payments,fund_share,point_value,personal_above_payment</c>
    /// (the last column is <see cref="DipHospitalSettlement.PersonalPaymentsAbovePayment"/>).
    /// </summary>
    /// <returns>The CSV text (invariant culture; ids with commas or quotes are quoted).</returns>
    public string ToCsv()
    {
        var text = new StringBuilder("fund,hospital_id,case_count,total_score,payment,personal_payments,fund_share,point_value,personal_above_payment\n");
        foreach (var h in Hospitals)
        {
            var pointValue = Funds.FirstOrDefault(f => f.Fund == h.Fund)?.PointValue;
            var id = h.HospitalId.IndexOf(',') >= 0 || h.HospitalId.IndexOf('"') >= 0 ? "\"" + h.HospitalId.Replace("\"", "\"\"") + "\"" : h.HospitalId;
            text.Append(h.Fund.ToString().ToLowerInvariant()).Append(',').Append(id).Append(',')
                .Append(h.CaseCount.ToString(CultureInfo.InvariantCulture)).Append(',').Append(h.TotalScore.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(h.Payment.ToString(CultureInfo.InvariantCulture)).Append(',').Append(h.PersonalPayments.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(h.FundShare.ToString(CultureInfo.InvariantCulture)).Append(',').Append(pointValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(h.PersonalPaymentsAbovePayment.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}
