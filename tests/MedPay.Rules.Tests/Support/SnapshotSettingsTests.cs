using Snapshooter.Xunit;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// How the snapshot tests are run: CI is strict (a missing snapshot fails instead of being written and passing), and snapshots are
/// read from the checked-in <c>__snapshots__</c> folders beside the test sources, never from a path that exists only on the build
/// machine (Directory.Build.targets keeps the real source paths in the test PDBs when <c>CI=true</c>).
/// </summary>
public sealed class SnapshotSettingsTests
{
    private static string CiScript => Path.Combine(SharedFixtures.RepositoryRoot, ".ci", "run");

    [Fact]
    public void The_ci_script_turns_strict_mode_on_before_every_test_run()
    {
        // Snapshooter 1.3.1 is strict when SNAPSHOOTER_STRICT_MODE is "on" or parses as true (ExpectationFile.IsSnapshooterStrict).
        var lines = File.ReadAllLines(CiScript);
        var strict = Array.FindIndex(lines, l => l.TrimStart().StartsWith("export ", StringComparison.Ordinal)
            && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith("SNAPSHOOTER_STRICT_MODE=", StringComparison.Ordinal)
                && ExpectationFile.IsSnapshooterStrict(w.Substring("SNAPSHOOTER_STRICT_MODE=".Length))));
        Assert.True(strict >= 0, ".ci/run does not export SNAPSHOOTER_STRICT_MODE=true");
        var testRuns = lines.Select((l, i) => (Line: l, Index: i)).Where(x => !x.Line.TrimStart().StartsWith('#') && x.Line.Contains("dotnet test", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(testRuns);
        Assert.All(testRuns, x => Assert.True(x.Index > strict, $".ci/run line {x.Index + 1} runs tests before strict mode is set: {x.Line.Trim()}"));
        Assert.DoesNotContain(lines, l => l.Contains("SNAPSHOOTER_STRICT_MODE=false", StringComparison.Ordinal) || l.Contains("unset SNAPSHOOTER_STRICT_MODE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ci_run_is_a_strict_run()
    {
        // On a CI host that runs `dotnet test` itself (CI=true) rather than .ci/run, a missing snapshot would be written and pass.
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return;
        Assert.True(ExpectationFile.IsSnapshooterStrict(Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE")),
            "CI=true but SNAPSHOOTER_STRICT_MODE is not on: run the tests through .ci/run, or export SNAPSHOOTER_STRICT_MODE=true");
    }

    [Fact]
    public void Snapshots_are_read_from_the_folder_beside_the_test_source()
    {
        var name = new XunitSnapshotFullNameReader().ReadSnapshotFullName();
        Assert.Equal(Path.Combine(SharedFixtures.RepositoryRoot, "tests", "MedPay.Rules.Tests", "Support"), name.FolderPath);
        Assert.Equal(nameof(SnapshotSettingsTests) + "." + nameof(Snapshots_are_read_from_the_folder_beside_the_test_source), name.Filename);
    }

    [Fact]
    public void Every_checked_in_snapshot_belongs_to_a_test()
    {
        // A renamed or removed test leaves its old snapshot behind; locally the new name would get a fresh, unreviewed snapshot.
        var assembly = typeof(SnapshotSettingsTests).Assembly;
        var tests = assembly.GetTypes().SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes(typeof(FactAttribute), true).Length > 0).Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);
        var project = Path.Combine(SharedFixtures.RepositoryRoot, "tests", "MedPay.Rules.Tests");
        var orphans = Directory.EnumerateFiles(project, "*.snap", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "__snapshots__")
            .Where(f => !tests.Contains(Path.GetFileNameWithoutExtension(f)))
            .Select(f => Path.GetRelativePath(project, f)).ToList();
        Assert.Empty(orphans);
        Assert.NotEmpty(Directory.EnumerateFiles(project, "*.snap", SearchOption.AllDirectories));
    }
}
