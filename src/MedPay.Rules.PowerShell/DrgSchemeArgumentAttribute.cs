using System.Management.Automation;
using MedPay.Rules.Drg;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// Lets a <c>-Scheme</c> parameter take, besides a <see cref="DrgScheme"/> from <c>Import-MedPayRulePack</c>, where a scheme is: an
/// official NHSA configuration workbook (<c>.xlsx</c>, or a folder holding one), a folder or zip pack, or an embedded pack id (a
/// path relative to the current location, or a <c>FileInfo</c> / <c>DirectoryInfo</c>). The scheme is loaded once, when the
/// parameter is bound; a scheme that cannot be loaded stops the command with a parameter binding error listing every issue.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class DrgSchemeArgumentAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        var path = value switch
        {
            string text => text,
            FileSystemInfo item => item.FullName,
            _ => null,
        };
        if (path is null) return inputData; // a DrgScheme, or something the binder refuses with its own message

        var result = DrgWorkbook.TryLoad(PackPaths.Locate(engineIntrinsics.SessionState.Path, path));
        if (result.Scheme is not null) return result.Scheme;
        var lines = result.Errors.Select(Issues.Line).ToList();
        throw new ArgumentTransformationMetadataException(
            "分组方案 " + path + " 有错误，未加载 / the scheme " + path + " has errors and was not loaded" + Environment.NewLine + string.Join(Environment.NewLine, lines),
            new InvalidDataException(string.Join(Environment.NewLine, lines)));
    }
}
