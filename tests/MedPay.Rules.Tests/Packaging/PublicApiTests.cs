using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;
using PublicApiGenerator;

namespace MedPay.Rules.Tests.Packaging;

/// <summary>
/// The public API of MedPay.Rules, generated with PublicApiGenerator, must equal the checked-in listing
/// <c>docs/api/MedPay.Rules.approved.txt</c>, so that every API change shows up in review. After an intended change, regenerate the
/// listing with <c>MEDPAY_UPDATE_API=1 dotnet test tests/MedPay.Rules.Tests -c Release --filter "FullyQualifiedName~PublicApiTests"</c>:
/// that run rewrites the file and fails; review the diff, rerun without the variable and commit it (docs/getting-started-dotnet.md,
/// "Public API"). In CI the variable is refused (<see cref="ExpectationFile"/>).
/// </summary>
public class PublicApiTests
{
    public static readonly ExpectationFile Listing = new("docs/api/MedPay.Rules.approved.txt", "MEDPAY_UPDATE_API", "FullyQualifiedName~PublicApiTests");

    /// <summary>The listing of the workbook package (MedPay.Rules.Workbooks), under the same rule.</summary>
    public static readonly ExpectationFile WorkbooksListing = new("docs/api/MedPay.Rules.Workbooks.approved.txt", "MEDPAY_UPDATE_API", "FullyQualifiedName~PublicApiTests");

    public static string Generate() => Generate(typeof(DrgScheme).Assembly);

    public static string Generate(System.Reflection.Assembly assembly) => assembly.GeneratePublicApi(new ApiGeneratorOptions
    {
        IncludeAssemblyAttributes = false,
        // AddMedPayRules lives in Microsoft.Extensions.DependencyInjection by convention: list every namespace.
        DenyNamespacePrefixes = Array.Empty<string>(),
        UseDenyNamespacePrefixesForExtensionMethods = false,
    }).Replace("\r\n", "\n");

    [Fact]
    public void Public_api_equals_the_approved_listing() => Listing.Check(Generate());

    [Fact]
    public void Public_api_of_the_workbook_package_equals_its_approved_listing() =>
        WorkbooksListing.Check(Generate(typeof(MedPay.Rules.Workbooks.XlsxWorkbookReader).Assembly));

    [Fact]
    public void The_diff_shows_removed_and_added_lines_with_context()
    {
        var diff = LineDiff.Render("a\nb\nc\nd\n", "a\nb\nx\nd\ne\n");
        Assert.Equal("  b\n- c\n+ x\n  d\n+ e\n", diff);
    }

    [Fact]
    public void Engines_and_results_expose_no_public_setters_or_mutable_statics()
    {
        // Immutable results and engines (issue 8): settable properties only on inputs and options, named so (…Case, …Input, …Options,
        // …Parameters); init-only properties anywhere; no public static state that can change.
        var settable = new[] { "Case", "Input", "Options", "Parameters" };
        var offenders = new List<string>();
        foreach (var type in typeof(DrgScheme).Assembly.GetExportedTypes().Concat(typeof(MedPay.Rules.Workbooks.XlsxWorkbookReader).Assembly.GetExportedTypes()))
        {
            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral) offenders.Add($"{type.Name}.{field.Name} is a mutable static field");
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is null || !setter.IsPublic) continue;
                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                if (initOnly && !setter.IsStatic) continue;
                if (setter.IsStatic || !settable.Any(type.Name.EndsWith)) offenders.Add($"{type.Name}.{property.Name} has a public setter");
            }
        }

        Assert.Empty(offenders);
    }
}
