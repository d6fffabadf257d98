namespace MedPay.Rules.Tests.Support;

/// <summary>
/// A checked-in file that a test compares the code's output with: the public API listing (<c>docs/api/MedPay.Rules.approved.txt</c>,
/// variable <c>MEDPAY_UPDATE_API</c>) and the rendered settlement catalogue (<c>docs/settlement-rule-catalogue.md</c>, variable
/// <c>MEDPAY_WRITE_DOCS</c>). One rule for all of them:
/// <list type="bullet">
/// <item>the file is rewritten only when its variable asks for it (<c>=1</c>);</item>
/// <item>never in CI: with <c>CI</c> set to a true value, or in a strict run (<c>SNAPSHOOTER_STRICT_MODE</c> on, as <c>.ci/run</c> sets
/// it), asking to rewrite fails the test and says why, and the file is left alone;</item>
/// <item>a run that rewrites a file fails ("rewritten: review the diff and rerun"), so no run both changes an expectation and passes;
/// the next run, without the variable, passes if the rewritten file is what the code produces.</item>
/// </list>
/// </summary>
public sealed class ExpectationFile
{
    public ExpectationFile(string relativePath, string variable, string testFilter)
    {
        RelativePath = relativePath;
        Variable = variable;
        TestFilter = testFilter;
    }

    /// <summary>The file, relative to the repository root, with forward slashes.</summary>
    public string RelativePath { get; }

    /// <summary>The environment variable that asks for the file to be rewritten.</summary>
    public string Variable { get; }

    /// <summary>The <c>--filter</c> value that runs the test owning the file.</summary>
    public string TestFilter { get; }

    /// <summary>Where the file is: under the repository root unless a test gives its own root.</summary>
    public string PathUnder(string root) => Path.Combine(new[] { root }.Concat(RelativePath.Split('/')).ToArray());

    public string RegenerateCommand => $"{Variable}=1 dotnet test tests/MedPay.Rules.Tests -c Release --filter \"{TestFilter}\"";

    /// <summary>Compares <paramref name="actual"/> with the file in the repository under the process's environment; fails the test unless they are equal and nothing was rewritten.</summary>
    public void Check(string actual)
    {
        var outcome = Compare(actual, SharedFixtures.RepositoryRoot, Environment.GetEnvironmentVariable);
        if (outcome.Kind != ExpectationOutcomeKind.UpToDate) Assert.Fail(outcome.Message);
    }

    /// <summary>
    /// The decision, with the root and the environment given (so that tests of this class change neither the repository nor the
    /// process's variables): up to date, stale, rewritten (and failed) or refused in CI.
    /// </summary>
    public ExpectationOutcome Compare(string actual, string root, Func<string, string?> environment)
    {
        actual = actual.Replace("\r\n", "\n");
        var path = PathUnder(root);
        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        var asked = IsTrue(environment(Variable));
        if (asked && RunsInCi(environment))
        {
            return new ExpectationOutcome(ExpectationOutcomeKind.RefusedInCi,
                $"{Variable}={environment(Variable)} is refused in CI (CI={environment("CI") ?? "(unset)"}, SNAPSHOOTER_STRICT_MODE=" +
                $"{environment("SNAPSHOOTER_STRICT_MODE") ?? "(unset)"}): CI checks {RelativePath}, it never rewrites it, so a stale expectation " +
                $"cannot pass there. Regenerate it on your machine with\n  {RegenerateCommand}\nreview the diff and commit it.");
        }

        if (expected == actual) return new ExpectationOutcome(ExpectationOutcomeKind.UpToDate, $"{RelativePath} is up to date");
        var diff = LineDiff.Render(expected ?? string.Empty, actual);
        if (asked)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return new ExpectationOutcome(ExpectationOutcomeKind.Rewritten,
                $"{RelativePath} rewritten ({Variable} is set): review the diff (git diff -- {RelativePath}) and rerun without {Variable}. " +
                "A run that rewrites an expectation never passes.\n\n" + diff);
        }

        return new ExpectationOutcome(ExpectationOutcomeKind.Stale,
            $"{RelativePath} differs from what the code produces (- file, + now). If the change is intended, run\n  {RegenerateCommand}\n" +
            "(that run rewrites the file and fails), review the diff, rerun without the variable and commit the file.\n\n" + diff);
    }

    /// <summary>
    /// Whether the environment is a CI run: <c>CI</c> true (GitHub Actions, GitLab and most hosts set it), or Snapshooter's strict
    /// mode on, read as Snapshooter 1.3.1 reads it (<see cref="IsSnapshooterStrict"/>), which <c>.ci/run</c> sets for every test run.
    /// </summary>
    public static bool RunsInCi(Func<string, string?> environment) =>
        IsTrue(environment("CI")) || IsSnapshooterStrict(environment("SNAPSHOOTER_STRICT_MODE"));

    /// <summary>
    /// Snapshooter 1.3.1's own test (EnvironmentValidator / SnapshotNotFound check): the value is exactly <c>on</c>, or parses as the
    /// boolean true (<c>true</c>, any case). Anything else, <c>1</c> included, leaves strict mode off.
    /// </summary>
    public static bool IsSnapshooterStrict(string? value) => string.Equals(value, "on", StringComparison.Ordinal) || (bool.TryParse(value, out var b) && b);

    private static bool IsTrue(string? value)
    {
        var v = value?.Trim();
        return v == "1" || string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(v, "yes", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What <see cref="ExpectationFile.Compare"/> found or did.</summary>
public enum ExpectationOutcomeKind
{
    UpToDate,
    Stale,
    Rewritten,
    RefusedInCi,
}

/// <summary>The outcome and the message a failing test shows.</summary>
public sealed record ExpectationOutcome(ExpectationOutcomeKind Kind, string Message);
