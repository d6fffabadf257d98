using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// Loads DRG schemes from the official NHSA configuration workbook (按病组付费分组方案配置信息, nhsa-drg-workbook.md) with the
/// <see cref="XlsxWorkbookReader"/>, and from anything else a scheme can be (a folder pack, a zip, an embedded id) the same way, so a
/// caller that takes "a scheme" from a user need not know which it is. The result of a workbook carries its import report.
/// </summary>
public static class DrgWorkbook
{
    /// <summary>
    /// Opens and loads a scheme without throwing: an <c>.xlsx</c> workbook (with the dictionaries, maps, manifest and amendments
    /// beside it), a folder holding one workbook or a folder pack, a zip, or an embedded pack id.
    /// </summary>
    /// <param name="path">Where the scheme is.</param>
    /// <param name="limits">Bounds on the workbook's sizes; the defaults when <see langword="null"/>.</param>
    /// <returns>The scheme or none, every issue, and for a workbook the import report.</returns>
    public static DrgSchemeLoadResult TryLoad(string path, WorkbookReadLimits? limits = null) =>
        DrgScheme.TryLoad(path ?? throw new ArgumentNullException(nameof(path)), XlsxWorkbookReader.Instance, limits);

    /// <summary>Loads a pack (a workbook pack or a folder pack) without throwing.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="limits">Bounds on the workbook's sizes; the defaults when <see langword="null"/>.</param>
    /// <returns>The scheme or none, every issue, and for a workbook the import report.</returns>
    public static DrgSchemeLoadResult TryLoad(RulePack pack, WorkbookReadLimits? limits = null) =>
        DrgScheme.TryLoad(pack ?? throw new ArgumentNullException(nameof(pack)), XlsxWorkbookReader.Instance, limits);

    /// <summary>Opens and loads a scheme (see <see cref="TryLoad(string, WorkbookReadLimits?)"/>).</summary>
    /// <param name="path">Where the scheme is.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="RulePackException">The scheme cannot be read or has errors; the exception lists every issue.</exception>
    public static DrgScheme Load(string path)
    {
        var pack = RulePack.Open(path ?? throw new ArgumentNullException(nameof(path)));
        return DrgScheme.Load(pack, XlsxWorkbookReader.Instance);
    }
}
