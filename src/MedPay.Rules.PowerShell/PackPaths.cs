using System.Management.Automation;

namespace MedPay.Rules.PowerShell;

/// <summary>Where a pack named on a PowerShell command line is: a path relative to the current location, else the name as given (an embedded pack id).</summary>
internal static class PackPaths
{
    /// <summary>The file-system path of <paramref name="path"/> when a folder or file of that name exists there, else <paramref name="path"/> itself.</summary>
    public static string Locate(PathIntrinsics paths, string path)
    {
        string full;
        try
        {
            full = paths.GetUnresolvedProviderPathFromPSPath(path);
        }
        catch (Exception e) when (e is ItemNotFoundException or ProviderNotFoundException or System.Management.Automation.DriveNotFoundException or NotSupportedException or ArgumentException or PSInvalidOperationException)
        {
            return path; // not a file-system path: taken as a pack id
        }

        return Directory.Exists(full) || File.Exists(full) ? full : path;
    }
}
