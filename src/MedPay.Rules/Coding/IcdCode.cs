namespace MedPay.Rules.Coding;

/// <summary>
/// The parts of an ICD-10 diagnosis or ICD-9-CM-3 procedure code of the medical-insurance version 2.0 (医保版), read from its
/// canonical text: category (类目), subcategory (亚目), the six-character main code, the extension (扩展码, <c>x001</c>),
/// an ICD-O morphology suffix (<c>M81600/3</c>, in some clinical-version codes), and the asterisk code of a dagger–asterisk
/// pair (剑号/星号, <c>A17.000+G01*</c>). The chapter is given for diagnoses. A plain value; parsing never throws.
/// </summary>
public sealed class IcdCode
{
    private IcdCode(string text)
    {
        Text = text;
        var plus = text.IndexOf('+');
        Primary = plus < 0 ? text : text.Substring(0, plus);
        Asterisk = plus < 0 ? null : text.Substring(plus + 1);
        Kind = text.Length > 0 && text[0] >= '0' && text[0] <= '9' ? CodeKind.Procedure : CodeKind.Diagnosis;
        var categoryLength = Kind == CodeKind.Diagnosis ? 3 : 2;
        Category = Primary.Length >= categoryLength ? Primary.Substring(0, categoryLength) : Primary;
        var dot = Primary.IndexOf('.');
        var end = Primary.Length;
        for (var i = dot < 0 ? categoryLength : dot + 4; i < Primary.Length; i++)
        {
            if (Primary[i] == 'x' || (Primary[i] == 'M' && i + 1 < Primary.Length && char.IsDigit(Primary[i + 1])))
            {
                end = i;
                break;
            }
        }

        Main = Primary.Substring(0, end);
        var rest = Primary.Substring(end);
        var morphology = rest.IndexOf('M');
        Extension = rest.Length == 0 || rest[0] != 'x' ? null : morphology < 0 ? rest : rest.Substring(0, morphology);
        Morphology = morphology < 0 ? null : rest.Substring(morphology);
        Subcategory = dot == categoryLength && Main.Length > dot + 1 && Main[dot + 1] != 'x' ? Main.Substring(0, dot + 2) : null;
        IsWellFormed = dot == categoryLength && Category.All(c => char.IsLetterOrDigit(c)) && char.IsDigit(Category[categoryLength - 1])
            && (Kind == CodeKind.Procedure || (char.IsLetter(Category[0]) && char.IsDigit(Category[1])))
            && (Asterisk is null || (Asterisk.Length >= 4 && Asterisk[Asterisk.Length - 1] == '*' && char.IsLetter(Asterisk[0])));
        Chapter = Kind == CodeKind.Diagnosis ? IcdChapter.Of(Category) : null;
    }

    /// <summary>The canonical text, e.g. <c>A17.000x005+G01*</c>.</summary>
    public string Text { get; }

    /// <summary>Diagnosis (begins with a letter) or procedure (begins with a digit).</summary>
    public CodeKind Kind { get; }

    /// <summary>The part before a <c>+</c> (the dagger code), or the whole code.</summary>
    public string Primary { get; }

    /// <summary>The category: three characters for ICD-10 (<c>A17</c>), two digits for ICD-9-CM-3 (<c>36</c>).</summary>
    public string Category { get; }

    /// <summary>The category and the first character after the dot (<c>A17.0</c>, <c>36.1</c>); <see langword="null"/> when absent or a placeholder <c>x</c>.</summary>
    public string? Subcategory { get; }

    /// <summary>The code without extension, morphology and asterisk part (<c>A17.000</c>, <c>J61.x00</c>, <c>36.1000</c>).</summary>
    public string Main { get; }

    /// <summary>The extension of the national versions (<c>x005</c>), or <see langword="null"/>.</summary>
    public string? Extension { get; }

    /// <summary>An ICD-O morphology suffix (<c>M81600/3</c>), or <see langword="null"/>.</summary>
    public string? Morphology { get; }

    /// <summary>The asterisk code of a dagger–asterisk pair (<c>G01*</c>), or <see langword="null"/>.</summary>
    public string? Asterisk { get; }

    /// <summary>Whether the code is a dagger–asterisk pair.</summary>
    public bool IsDaggerAsterisk => Asterisk is not null;

    /// <summary>The ICD-10 chapter (diagnoses only), or <see langword="null"/>.</summary>
    public IcdChapter? Chapter { get; }

    /// <summary>Whether the text has the shape of a code of its kind (category, dot, asterisk part ending in <c>*</c>).</summary>
    public bool IsWellFormed { get; }

    /// <summary>Parses a code; the text is canonicalised first (<see cref="CodeText.Canonicalize(string)"/>). Never throws.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The parts; check <see cref="IsWellFormed"/>.</returns>
    public static IcdCode Parse(string? code) => new(CodeText.Canonicalize(code));

    /// <inheritdoc />
    public override string ToString() => Text;
}
