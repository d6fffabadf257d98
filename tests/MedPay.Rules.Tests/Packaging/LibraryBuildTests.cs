using System.Reflection;
using System.Runtime.Versioning;
using MedPay.Rules.Drg;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Packaging;

/// <summary>
/// Which build of MedPay.Rules this run exercises. <c>.ci/run</c> runs the suite a second time with
/// <c>-p:MEDPAY_LIBRARY_TFM=netstandard2.0</c> and <c>MEDPAY_EXPECT_LIBRARY_TFM=.NETStandard,Version=v2.0</c>, so that run fails if it
/// silently tested another build.
/// </summary>
public class LibraryBuildTests
{
    private readonly ITestOutputHelper _log;

    public LibraryBuildTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void The_library_build_under_test_is_the_one_asked_for()
    {
        var framework = typeof(DrgScheme).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        _log.WriteLine("MedPay.Rules under test: " + framework + " from " + typeof(DrgScheme).Assembly.Location);
        var expected = Environment.GetEnvironmentVariable("MEDPAY_EXPECT_LIBRARY_TFM");
        Assert.Equal(string.IsNullOrEmpty(expected) ? ".NETCoreApp,Version=v10.0" : expected, framework);
    }
}
