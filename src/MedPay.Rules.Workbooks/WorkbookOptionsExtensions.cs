using MedPay.Rules.DependencyInjection;

namespace MedPay.Rules.Workbooks;

/// <summary>Lets <c>services.AddMedPayRules(o =&gt; …)</c> load the DRG scheme from an official NHSA workbook.</summary>
public static class WorkbookOptionsExtensions
{
    /// <summary>
    /// Reads workbooks with <see cref="XlsxWorkbookReader"/>, so that <see cref="MedPayRulesOptions.DrgPack"/> may name an <c>.xlsx</c>
    /// workbook or a folder holding one: <c>services.AddMedPayRules(o =&gt; o.UseWorkbooks().DrgPack = "chs-drg-3.0.xlsx")</c>.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The same options.</returns>
    public static MedPayRulesOptions UseWorkbooks(this MedPayRulesOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        options.WorkbookReader = XlsxWorkbookReader.Instance;
        return options;
    }
}
