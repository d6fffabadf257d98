using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>Writing to the terminal: messages on stderr in Chinese and English, and a progress line for long batches.</summary>
internal static class Console2
{
    public static void Error(string zh, string en) => Console.Error.WriteLine("medpay: " + zh + " / " + en);

    public static void Info(string text) => Console.Error.WriteLine(text);

    public static void Issues(IEnumerable<Issue> issues, int max = 50)
    {
        var count = 0;
        foreach (var issue in issues)
        {
            if (count++ == max)
            {
                Console.Error.WriteLine("  …");
                break;
            }

            Console.Error.WriteLine("  " + issue);
        }
    }

    public static StreamWriter OpenWrite(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
}
