namespace MedPay.Rules.Retention;

/// <summary>
/// A quality grade of a hospital or alliance (质量评价等级), e.g. excellent / qualified / unqualified. The grade moves the payment
/// coefficient (质量调节系数) and selects the surplus retention bands.
/// </summary>
/// <param name="Code">The grade's code as policies and inputs write it, e.g. <c>excellent</c>.</param>
/// <param name="Rank">Its order: a higher rank is a better grade.</param>
/// <param name="MinScore">The lowest quality score that earns the grade, or <see langword="null"/> when it is only assigned, never scored.</param>
/// <param name="PaymentCoefficient">The factor applied to payment for the grade (e.g. 1.10 for a 10% tilt, 0.90 for a 10% deduction).</param>
/// <param name="Name">The grade's name in Chinese and English.</param>
public sealed record QualityGrade(string Code, int Rank, decimal? MinScore, decimal PaymentCoefficient, LocalizedText Name);
