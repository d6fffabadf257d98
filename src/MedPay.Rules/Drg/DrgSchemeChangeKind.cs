namespace MedPay.Rules.Drg;

/// <summary>The kind of a <see cref="DrgSchemeChange"/>.</summary>
public enum DrgSchemeChangeKind
{
    /// <summary>Present only in the newer scheme.</summary>
    Added = 0,

    /// <summary>Present only in the older scheme.</summary>
    Removed = 1,

    /// <summary>Present in both with a different name, condition or content.</summary>
    Changed = 2,
}
