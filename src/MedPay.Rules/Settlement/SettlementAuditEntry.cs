using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>The few facts of a list that the cross-list audits use; small enough to audit millions of lists in memory.</summary>
public sealed class SettlementAuditEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="person">The person key (<c>PSN_NO</c>, else <c>CERTNO</c>).</param>
    /// <param name="institution">The institution code (<c>FIXMEDINS_CODE</c>).</param>
    /// <param name="settlementId">The <c>SETL_ID</c>.</param>
    /// <param name="encounterId">The <c>MDTRT_ID</c>.</param>
    /// <param name="admission">The admission time.</param>
    /// <param name="discharge">The discharge time.</param>
    /// <param name="mainDiagnosis">The main diagnosis code.</param>
    /// <param name="dischargeWay">The discharge disposition (<c>DSCG_WAY</c>).</param>
    /// <param name="admissionWay">The admission route (<c>ADM_WAY</c>).</param>
    /// <param name="receiver">The receiving institution's code (<c>ACP_OPTINS_CODE</c>).</param>
    /// <param name="plannedReadmission">Whether the list declares a 31-day readmission plan (<c>DAYS_RINP_FLAG_31</c> = 2).</param>
    public SettlementAuditEntry(string? person, string? institution, string? settlementId, string? encounterId, DateTime? admission, DateTime? discharge,
        string? mainDiagnosis, string? dischargeWay, string? admissionWay, string? receiver, bool plannedReadmission)
    {
        Person = person;
        Institution = institution;
        SettlementId = settlementId;
        EncounterId = encounterId;
        Admission = admission;
        Discharge = discharge;
        MainDiagnosis = mainDiagnosis;
        DischargeWay = dischargeWay;
        AdmissionWay = admissionWay;
        Receiver = receiver;
        PlannedReadmission = plannedReadmission;
    }

    /// <summary>The person key.</summary>
    public string? Person { get; }

    /// <summary>The institution code.</summary>
    public string? Institution { get; }

    /// <summary>The settlement id.</summary>
    public string? SettlementId { get; }

    /// <summary>The encounter id.</summary>
    public string? EncounterId { get; }

    /// <summary>The admission time.</summary>
    public DateTime? Admission { get; }

    /// <summary>The discharge time.</summary>
    public DateTime? Discharge { get; }

    /// <summary>The main diagnosis code.</summary>
    public string? MainDiagnosis { get; }

    /// <summary>The discharge disposition.</summary>
    public string? DischargeWay { get; }

    /// <summary>The admission route.</summary>
    public string? AdmissionWay { get; }

    /// <summary>The receiving institution's code.</summary>
    public string? Receiver { get; }

    /// <summary>Whether a 31-day readmission was planned.</summary>
    public bool PlannedReadmission { get; }

    /// <summary>Reads the entry of a list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The entry.</returns>
    public static SettlementAuditEntry FromList(SettlementList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        var s = list.Setlinfo;
        string? main = null;
        foreach (var row in list.Diagnoses)
        {
            if (row[D.MaindiagFlag] != "1" || row[D.DiagType] is not (null or "1")) continue;
            main = row[D.DiagCode];
            break;
        }

        return new SettlementAuditEntry(s[S.PsnNo] ?? s[S.Certno], s[S.FixmedinsCode], s[S.SetlId], s[S.MdtrtId],
            s.TryGetTime(S.AdmTime, out var adm) ? adm : null, s.TryGetTime(S.DscgTime, out var dscg) ? dscg : null,
            main, s[S.DscgWay], s[S.AdmWay], s[S.AcpOptinsCode], s[S.DaysRinpFlag31] == "2");
    }
}
