using FsCheck;
using FsCheck.Fluent;
using MedPay.Rules.Drg;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// FsCheck generators of codes and cases for the national conformance scheme. Random strings almost never name a code of the
/// dictionaries, so properties fed only with them test the rejection path and little else; these generators draw most codes from
/// the scheme's dictionaries and tables (<see cref="NationalCodePools"/>), spell some of them the way HIS exports do (lower case,
/// full width, padding, a missing dot, a pasted name, a cut-off tail) and mix in junk, so that the grouping paths (MDC, ADRG, CC
/// split) are reached as well as every kind of issue. <see cref="GeneratorReachTests"/> counts what the generated cases reach.
/// </summary>
public static class NationalGenerators
{
    /// <summary>Anything a string parameter can hold, null and empty included.</summary>
    public static Gen<string?> Junk { get; } = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string?>(),
        Gen.Elements<string?>(null, string.Empty, "   ", "Z99.999", "99.9999", "胆囊结石", "K8", "A17.000+G01", "x", "0000"),
        // Well-formed shapes that are not in the dictionaries (or only by chance).
        Gen.Choose(0, 25).SelectMany(l => Gen.Choose(0, 99999).Select(n => (string?)$"{(char)('A' + l)}{n / 1000:00}.{n % 1000:000}")));

    /// <summary>The ways a real code is mistyped or exported; each still names the code (or a prefix of it, which may be ambiguous).</summary>
    public static Gen<string> Messy(string code) => Gen.Elements<Func<string, string>>(
            c => c.ToLowerInvariant(),
            c => new string(c.Select(ch => ch is >= '0' and <= '9' || ch is >= 'A' and <= 'Z' || ch == '.' ? (char)(ch + 0xFEE0) : ch).ToArray()),
            c => "  " + c + "\t",
            c => c + "。",
            c => c.Replace(".", string.Empty),
            c => c + " 名称粘贴",
            c => "'" + c,
            c => c.Replace('.', '。'),
            c => c.Length > 5 ? c.Substring(0, c.Length - 2) : c) // cut-off tail: padded back, or ambiguous, or unknown
        .Select(f => f(code));

    /// <summary>A code from <paramref name="pool"/>: as written ~85%, messy ~10%, junk ~5%.</summary>
    public static Gen<string?> CodeFrom(string[] pool) => Gen.Frequency(
        (17, Gen.Elements(pool).Select(c => (string?)c)),
        (2, Gen.Elements(pool).SelectMany(Messy).Select(c => (string?)c)),
        (1, Junk));

    /// <summary>An other diagnosis: any dictionary code, a CC / MCC code, or a main-table code.</summary>
    public static Gen<string?> OtherDiagnosis { get; } = Gen.Frequency(
        (3, CodeFrom(NationalCodePools.Diagnoses)), (2, CodeFrom(NationalCodePools.Complications)), (1, CodeFrom(NationalCodePools.MainDiagnoses)));

    /// <summary>A procedure: from the ADRG tables and OR list mostly, else any dictionary procedure.</summary>
    public static Gen<string?> Procedure { get; } = Gen.Frequency((3, CodeFrom(NationalCodePools.TableProcedures)), (1, CodeFrom(NationalCodePools.Procedures)));

    /// <summary>A diagnosis list: a main diagnosis from the MDC tables (mostly) and 0–6 other diagnoses.</summary>
    public static Gen<string?[]> Diagnoses { get; } = CodeFrom(NationalCodePools.MainDiagnoses)
        .SelectMany(main => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(OtherDiagnosis, n)).Select(rest => new[] { main }.Concat(rest).ToArray()));

    /// <summary>A procedure list of 0–4 codes (about a third of the cases have none: medical ADRGs).</summary>
    public static Gen<string?[]> Procedures { get; } = Gen.Frequency((1, Gen.Constant(Array.Empty<string?>())), (2, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Procedure, n))));

    /// <summary>
    /// A case with realistic facts (adults and newborns, consistent age in days, sex mostly given, discharge mostly 1–5) and
    /// code lists from <see cref="Diagnoses"/> / <see cref="Procedures"/>; a few facts are out of range on purpose.
    /// </summary>
    public static Gen<DrgCase> Case { get; } = CaseOf(Diagnoses, Procedures);

    /// <summary>
    /// As <see cref="Case"/>, with clinical-version codes that the version maps translate mixed into both lists (one code in four),
    /// for the grouper with <c>ApplyVersionMaps</c>.
    /// </summary>
    public static Gen<DrgCase> CaseWithMappedCodes { get; } = CaseOf(
        Gen.Frequency((3, CodeFrom(NationalCodePools.MainDiagnoses)), (1, CodeFrom(NationalCodePools.MappedDiagnoses)))
            .SelectMany(main => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, OtherDiagnosis), (1, CodeFrom(NationalCodePools.MappedDiagnoses))), n))
                .Select(rest => new[] { main }.Concat(rest).ToArray())),
        Gen.Frequency((1, Gen.Constant(Array.Empty<string?>())),
            (2, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, Procedure), (1, CodeFrom(NationalCodePools.MappedProcedures))), n)))));

    private static Gen<DrgCase> CaseOf(Gen<string?[]> diagnosisLists, Gen<string?[]> procedureLists) =>
        from sex in Gen.Frequency((10, Gen.Elements(Sex.Male, Sex.Female)), (1, Gen.Elements(Sex.Unknown, (Sex)7)))
        from newborn in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from years in newborn ? Gen.Constant(0) : Gen.Choose(1, 99)
        from extraDays in newborn ? Gen.Choose(0, 40) : Gen.Choose(0, 364)
        from weight in newborn ? Gen.Frequency((3, Gen.Choose(400, 5000)), (1, Gen.Constant(0))) : Gen.Constant(0)
        from los in Gen.Frequency((10, Gen.Choose(0, 60)), (1, Gen.Choose(-3, 400)))
        from discharge in Gen.Frequency((8, Gen.Constant(1)), (3, Gen.Choose(2, 5)), (1, Gen.Elements(0, 6, 9)))
        from icu in Gen.Frequency((8, Gen.Constant(0.0)), (2, Gen.Choose(0, 400).Select(h => h / 2.0)))
        from dept in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("ICU", "NICU", "普外科", " ")))
        from diagnoses in diagnosisLists
        from procedures in procedureLists
        select new DrgCase
        {
            Sex = sex, AgeYears = years, AgeDays = years * 365 + extraDays, BirthWeightGrams = weight, LengthOfStayDays = los, Discharge = discharge,
            IcuHours = icu, Department = dept, Diagnoses = diagnoses!, Procedures = procedures!,
        };

    /// <summary>A conformance case (so deep ADRG rows are reached) with generated codes added to its lists.</summary>
    public static Gen<DrgCase> ConformanceCaseWithExtraCodes { get; } =
        from pick in Gen.Choose(0, ConformanceFixture.Cases.Count - 1)
        from moreDx in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(OtherDiagnosis, n))
        from morePr in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Procedure, n))
        let start = ConformanceFixture.Cases[pick].Case!
        select new DrgCase
        {
            Sex = start.Sex, AgeYears = start.AgeYears, AgeDays = start.AgeDays, BirthWeightGrams = start.BirthWeightGrams,
            LengthOfStayDays = start.LengthOfStayDays, Discharge = start.Discharge, IcuHours = start.IcuHours, Department = start.Department,
            Diagnoses = start.Diagnoses.Concat(moreDx!).ToArray()!, Procedures = start.Procedures.Concat(morePr!).ToArray()!,
        };

    /// <summary>What the prefilter property runs on: conformance cases with codes added (two in three) and generated cases.</summary>
    public static Gen<DrgCase> PrefilterMix { get; } = Gen.Frequency((2, ConformanceCaseWithExtraCodes), (1, Case));

    /// <summary>A case with nothing realistic about it: arbitrary integers, strings and arrays (null ones included).</summary>
    public static Gen<DrgCase> ArbitraryCase { get; } =
        from ints in Gen.ArrayOf(ArbMap.Default.GeneratorFor<int>(), 6)
        from icu in ArbMap.Default.GeneratorFor<double>()
        from dept in ArbMap.Default.GeneratorFor<string?>()
        from diagnoses in Gen.Frequency((4, Gen.ArrayOf(Junk)), (1, Gen.Constant<string?[]>(null!)))
        from procedures in Gen.Frequency((4, Gen.ArrayOf(Junk)), (1, Gen.Constant<string?[]>(null!)))
        select new DrgCase
        {
            Sex = (Sex)Math.Abs(ints[0] % 4), AgeYears = ints[1], AgeDays = ints[2], BirthWeightGrams = ints[3], LengthOfStayDays = ints[4], Discharge = ints[5],
            IcuHours = icu, Department = dept, Diagnoses = diagnoses!, Procedures = procedures!,
        };

    /// <summary>Mostly realistic cases, one in five arbitrary: for "never throws" properties.</summary>
    public static Gen<DrgCase> AnyCase { get; } = Gen.Frequency((4, Case), (1, ArbitraryCase));

    /// <summary>A code text for the normalisation layer: a dictionary code as written, messy, or junk (diagnoses and procedures).</summary>
    public static Gen<string?> CodeText { get; } = Gen.Frequency(
        (2, Gen.Elements(NationalCodePools.Diagnoses).Select(c => (string?)c)),
        (3, Gen.Elements(NationalCodePools.Diagnoses).SelectMany(Messy).Select(c => (string?)c)),
        (1, Gen.Elements(NationalCodePools.Procedures).SelectMany(Messy).Select(c => (string?)c)),
        (2, Junk));
}
