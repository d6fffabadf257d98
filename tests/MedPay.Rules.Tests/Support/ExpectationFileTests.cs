namespace MedPay.Rules.Tests.Support;

/// <summary>
/// The rule for checked-in expectation files (<see cref="ExpectationFile"/>), on a file in a temporary folder and with the environment
/// given as a dictionary, so that these tests touch neither the repository nor the process's variables.
/// </summary>
public sealed class ExpectationFileTests : IDisposable
{
    private static readonly ExpectationFile Listing = new("docs/api/listing.txt", "MEDPAY_UPDATE_API", "FullyQualifiedName~Listing");

    private readonly string _root = Directory.CreateTempSubdirectory("medpay-expectation-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private string FilePath => Listing.PathUnder(_root);

    private string WriteStale()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, "a\nold\n");
        return "a\nnew\n";
    }

    private ExpectationOutcome Compare(string actual, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return Listing.Compare(actual, _root, name => environment.TryGetValue(name, out var value) ? value : null);
    }

    [Fact]
    public void A_stale_file_fails_with_the_diff_and_the_command_and_is_left_alone()
    {
        var outcome = Compare(WriteStale());
        Assert.Equal(ExpectationOutcomeKind.Stale, outcome.Kind);
        Assert.Contains("- old\n+ new\n", outcome.Message);
        Assert.Contains("MEDPAY_UPDATE_API=1 dotnet test tests/MedPay.Rules.Tests -c Release --filter \"FullyQualifiedName~Listing\"", outcome.Message);
        Assert.Equal("a\nold\n", File.ReadAllText(FilePath));
    }

    [Fact]
    public void Asking_for_a_rewrite_rewrites_the_file_and_fails_the_run_and_the_next_run_passes()
    {
        var actual = WriteStale();
        var rewritten = Compare(actual, ("MEDPAY_UPDATE_API", "1"));
        Assert.Equal(ExpectationOutcomeKind.Rewritten, rewritten.Kind);
        Assert.StartsWith("docs/api/listing.txt rewritten (MEDPAY_UPDATE_API is set): review the diff", rewritten.Message);
        Assert.Equal(actual, File.ReadAllText(FilePath));
        Assert.Equal(ExpectationOutcomeKind.UpToDate, Compare(actual).Kind);
        // Asked again once the file is up to date: nothing to rewrite, so the run may pass.
        Assert.Equal(ExpectationOutcomeKind.UpToDate, Compare(actual, ("MEDPAY_UPDATE_API", "1")).Kind);
    }

    [Fact]
    public void A_missing_file_is_stale_and_asking_creates_it_and_fails()
    {
        Assert.Equal(ExpectationOutcomeKind.Stale, Compare("x\n").Kind);
        Assert.False(File.Exists(FilePath));
        Assert.Equal(ExpectationOutcomeKind.Rewritten, Compare("x\n", ("MEDPAY_UPDATE_API", "1")).Kind);
        Assert.Equal("x\n", File.ReadAllText(FilePath));
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "True")]
    [InlineData("CI", "1")]
    [InlineData("SNAPSHOOTER_STRICT_MODE", "true")] // .ci/run's setting
    [InlineData("SNAPSHOOTER_STRICT_MODE", "on")]
    public void Asking_for_a_rewrite_in_ci_fails_and_leaves_the_file_alone(string name, string value)
    {
        var actual = WriteStale();
        var outcome = Compare(actual, ("MEDPAY_UPDATE_API", "1"), (name, value));
        Assert.Equal(ExpectationOutcomeKind.RefusedInCi, outcome.Kind);
        Assert.StartsWith("MEDPAY_UPDATE_API=1 is refused in CI", outcome.Message);
        Assert.Contains("never rewrites it", outcome.Message);
        Assert.Equal("a\nold\n", File.ReadAllText(FilePath));
        // Refused even when there is nothing to rewrite: the variable has no business in a CI run.
        File.WriteAllText(FilePath, actual);
        Assert.Equal(ExpectationOutcomeKind.RefusedInCi, Compare(actual, ("MEDPAY_UPDATE_API", "1"), (name, value)).Kind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("false")]
    public void A_variable_that_does_not_ask_only_compares(string value)
    {
        var outcome = Compare(WriteStale(), ("MEDPAY_UPDATE_API", value));
        Assert.Equal(ExpectationOutcomeKind.Stale, outcome.Kind);
        Assert.Equal("a\nold\n", File.ReadAllText(FilePath));
    }

    [Fact]
    public void Windows_line_endings_in_the_file_do_not_count_as_a_change()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, "a\r\nb\r\n");
        Assert.Equal(ExpectationOutcomeKind.UpToDate, Compare("a\nb\n").Kind);
    }

    [Theory]
    [InlineData("on", true)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("On", false)]   // Snapshooter compares "on" ordinally
    [InlineData("1", false)]    // and parses the rest as a boolean: 1 is not one
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void Strict_mode_is_read_as_snapshooter_reads_it(string? value, bool strict) => Assert.Equal(strict, ExpectationFile.IsSnapshooterStrict(value));

    [Fact]
    public void Only_the_expectation_file_reads_the_rewrite_variables()
    {
        // Every expectation file goes through ExpectationFile, so none can rewrite itself and pass, or rewrite itself in CI.
        var project = Path.Combine(SharedFixtures.RepositoryRoot, "tests", "MedPay.Rules.Tests");
        var readers = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Where(f => Path.GetFileName(f) != "ExpectationFile.cs")
            .Where(f => File.ReadLines(f).Any(l => l.Contains("GetEnvironmentVariable(\"MEDPAY_UPDATE_API\"") || l.Contains("GetEnvironmentVariable(\"MEDPAY_WRITE_DOCS\"")))
            .Select(f => Path.GetRelativePath(project, f))
            .ToList();
        Assert.Empty(readers);
    }
}
