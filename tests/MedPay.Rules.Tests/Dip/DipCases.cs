using MedPay.Rules.Dip;

namespace MedPay.Rules.Tests.Dip;

/// <summary>Shorthands for DIP test cases on the embedded example catalogue.</summary>
internal static class DipCases
{
    public static DipEngine Engine { get; } = new(DipCatalogue.Example);

    public static DipCase Case(string diagnoses, string procedures = "", decimal? cost = null, string grade = "3", int? ageYears = 45, int? ageDays = null,
        int los = 7, int discharge = 1, decimal? personal = null, DipFund fund = DipFund.Employee, string hospital = "H1") => new()
        {
            Id = diagnoses + "/" + procedures,
            HospitalId = hospital,
            HospitalGrade = grade,
            Fund = fund,
            AgeYears = ageYears,
            AgeDays = ageDays,
            LengthOfStayDays = los,
            Discharge = discharge,
            TotalCost = cost,
            PersonalPayment = personal,
            Diagnoses = diagnoses.Split('|', StringSplitOptions.RemoveEmptyEntries),
            Procedures = procedures.Split('|', StringSplitOptions.RemoveEmptyEntries),
        };

    public static DipCaseResult Evaluate(DipCase c, DipPointPrices? prices = null) => Engine.Evaluate(c, prices);
}
