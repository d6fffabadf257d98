using PuppeteerSharp;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>
/// Opens a report in a real headless browser: Debian's Chromium at <see cref="ChromiumPath"/> (installed by .ci/run), driven by PuppeteerSharp.
/// Collects script errors (console errors and uncaught page errors), every request the page makes, the figures from the DOM, the number of
/// script elements, and writes a full-page screenshot. A missing browser fails the test with what to install; it is never skipped.
/// </summary>
internal static class ReportBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>What the browser saw.</summary>
    internal sealed record Visit(ReportPage Page, IReadOnlyList<string> Errors, IReadOnlyList<string> Requests, int Scripts, string Title);

    public static async Task<Visit> OpenAsync(string htmlPath, string screenshotPath)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium is not at {ChromiumPath} (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}): the report's browser test needs it. "
                + "Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this).");
        }

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run" },
            Timeout = 60_000,
        });
        await using var page = await browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error) lock (errors) errors.Add("console: " + e.Message.Text);
        };
        page.PageError += (_, e) =>
        {
            lock (errors) errors.Add("page error: " + e.Message);
        };
        page.Request += (_, e) =>
        {
            lock (requests) requests.Add(e.Request.Url);
        };
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        await page.GoToAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new NavigationOptions { WaitUntil = new[] { WaitUntilNavigation.Load }, Timeout = 60_000 });
        var figures = await page.EvaluateExpressionAsync<Dictionary<string, string>>(
            "Object.fromEntries([...document.querySelectorAll('[data-figure]')].map(e => [e.dataset.figure, e.textContent]))");
        var rows = await page.EvaluateExpressionAsync<Dictionary<string, Dictionary<string, string>>>(
            "Object.fromEntries([...document.querySelectorAll('tr[data-row]')].map(r => [r.dataset.row, "
            + "Object.fromEntries([...r.querySelectorAll('td[data-col]')].map(c => [c.dataset.col, c.innerText]))]))");
        var sections = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('section[data-section]')].map(s => s.dataset.section)");
        var scripts = await page.EvaluateExpressionAsync<int>("document.scripts.length");
        var title = await page.GetTitleAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
        await page.ScreenshotAsync(screenshotPath, new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
        var pageRows = rows.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, string>)r.Value, StringComparer.Ordinal);
        lock (errors)
        {
            return new Visit(new ReportPage(figures, pageRows, sections), errors.ToList(), requests.ToList(), scripts, title);
        }
    }

    /// <summary>Where the tests keep their artifacts: <c>report-artifacts/</c> in the test output folder.</summary>
    public static string Artifact(string name) => Path.Combine(AppContext.BaseDirectory, "report-artifacts", name);
}
