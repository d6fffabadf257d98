using System.Collections.Immutable;

namespace MedPay.Rules.Coding;

/// <summary>
/// A chapter (章) of ICD-10: its number, the range of three-character categories it spans and its title. The 22 chapters and their
/// ranges are those of WHO ICD-10 (2019 edition), which the national clinical and medical-insurance versions 2.0 keep.
/// </summary>
public sealed class IcdChapter
{
    private IcdChapter(int number, string first, string last, string zh, string en)
    {
        Number = number;
        First = first;
        Last = last;
        Zh = zh;
        En = en;
    }

    /// <summary>The chapter number, 1–22 (written in Roman numerals in the classification).</summary>
    public int Number { get; }

    /// <summary>The first category of the chapter, e.g. <c>A00</c>.</summary>
    public string First { get; }

    /// <summary>The last category of the chapter, e.g. <c>B99</c>.</summary>
    public string Last { get; }

    /// <summary>The Chinese title.</summary>
    public string Zh { get; }

    /// <summary>The English title.</summary>
    public string En { get; }

    /// <summary>The 22 chapters in order.</summary>
    public static ImmutableArray<IcdChapter> All { get; } = ImmutableArray.Create(
        new IcdChapter(1, "A00", "B99", "某些传染病和寄生虫病", "Certain infectious and parasitic diseases"),
        new IcdChapter(2, "C00", "D48", "肿瘤", "Neoplasms"),
        new IcdChapter(3, "D50", "D89", "血液及造血器官疾病和涉及免疫机制的某些疾患", "Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism"),
        new IcdChapter(4, "E00", "E90", "内分泌、营养和代谢疾病", "Endocrine, nutritional and metabolic diseases"),
        new IcdChapter(5, "F00", "F99", "精神和行为障碍", "Mental and behavioural disorders"),
        new IcdChapter(6, "G00", "G99", "神经系统疾病", "Diseases of the nervous system"),
        new IcdChapter(7, "H00", "H59", "眼和附器疾病", "Diseases of the eye and adnexa"),
        new IcdChapter(8, "H60", "H95", "耳和乳突疾病", "Diseases of the ear and mastoid process"),
        new IcdChapter(9, "I00", "I99", "循环系统疾病", "Diseases of the circulatory system"),
        new IcdChapter(10, "J00", "J99", "呼吸系统疾病", "Diseases of the respiratory system"),
        new IcdChapter(11, "K00", "K93", "消化系统疾病", "Diseases of the digestive system"),
        new IcdChapter(12, "L00", "L99", "皮肤和皮下组织疾病", "Diseases of the skin and subcutaneous tissue"),
        new IcdChapter(13, "M00", "M99", "肌肉骨骼系统和结缔组织疾病", "Diseases of the musculoskeletal system and connective tissue"),
        new IcdChapter(14, "N00", "N99", "泌尿生殖系统疾病", "Diseases of the genitourinary system"),
        new IcdChapter(15, "O00", "O99", "妊娠、分娩和产褥期", "Pregnancy, childbirth and the puerperium"),
        new IcdChapter(16, "P00", "P96", "起源于围生期的某些情况", "Certain conditions originating in the perinatal period"),
        new IcdChapter(17, "Q00", "Q99", "先天性畸形、变形和染色体异常", "Congenital malformations, deformations and chromosomal abnormalities"),
        new IcdChapter(18, "R00", "R99", "症状、体征和临床与实验室异常所见，不可归类在他处者", "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified"),
        new IcdChapter(19, "S00", "T98", "损伤、中毒和外因的某些其他后果", "Injury, poisoning and certain other consequences of external causes"),
        new IcdChapter(20, "V01", "Y98", "疾病和死亡的外因", "External causes of morbidity and mortality"),
        new IcdChapter(21, "Z00", "Z99", "影响健康状态和与保健机构接触的因素", "Factors influencing health status and contact with health services"),
        new IcdChapter(22, "U00", "U85", "用于特殊目的的编码", "Codes for special purposes"));

    /// <summary>The chapter of a three-character category, or <see langword="null"/> when no chapter spans it.</summary>
    /// <param name="category">The category, e.g. <c>K80</c>.</param>
    public static IcdChapter? Of(string? category)
    {
        if (category is null || category.Length != 3) return null;
        foreach (var chapter in All)
        {
            if (string.CompareOrdinal(category, chapter.First) >= 0 && string.CompareOrdinal(category, chapter.Last) <= 0) return chapter;
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {First}–{Last} {Zh}";
}
