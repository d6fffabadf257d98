using System.Collections.Immutable;

namespace MedPay.Rules.Reporting;

/// <summary>
/// A case that could not be used as it stands: its row could not be read, or the grouper found its input invalid. The report lists it with
/// the issues that say why (stable code, field, Chinese and English message).
/// </summary>
/// <param name="Id">The case id (the row number when the row has none).</param>
/// <param name="Line">The line of the row in its file, 0 when not from a file.</param>
/// <param name="Issues">Why the case could not be used.</param>
public sealed record InvalidCase(string Id, int Line, ImmutableArray<Issue> Issues);
