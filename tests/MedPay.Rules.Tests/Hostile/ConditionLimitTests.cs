using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// Hostile conditions (issue 14): deep nesting must be a structured syntax error, never a stack overflow, even on the 1.5 MB stack
/// of a typical web-host thread; a long <c>not not …</c> chain must be refused in linear time (it used to cost memory quadratically).
/// </summary>
public class ConditionLimitTests
{
    /// <summary>Runs <paramref name="body"/> on a thread with a 1.5 MB stack, as a web host does, and returns its result.</summary>
    private static T OnSmallStack<T>(Func<T> body)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = body();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, 1536 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("the load threw", error);
        return result;
    }

    private static DrgSchemeLoadResult LoadAdrgCondition(string condition) =>
        DrgScheme.TryLoad(new MiniScheme().With("adrg.csv", "mdc,seq,adrg,name,kind,condition\nMDCX,1,XA1,测试,surgical,\"" + condition + "\"\nMDCX,2,XR1,测试内科,medical,true\n").Pack());

    [Theory]
    [InlineData(2_000)]
    [InlineData(8_000)]
    public void Deep_brackets_are_a_syntax_error_on_a_small_stack(int depth)
    {
        var condition = new string('(', depth) + "true" + new string(')', depth);
        var result = OnSmallStack(() => LoadAdrgCondition(condition));
        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Errors);
        Assert.Equal("PACK_CONDITION_SYNTAX", issue.Code);
        // The 101st bracket is the first level past the limit of 100: character 101.
        Assert.Contains("at character 101: expected at most 100 nested brackets and nots", issue.Message.En);
    }

    [Fact]
    public void One_hundred_levels_load_and_hold()
    {
        var condition = new string('(', 50) + string.Concat(Enumerable.Repeat("not ", 50)) + "false" + new string(')', 50);
        var result = OnSmallStack(() => LoadAdrgCondition(condition));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message.En)));
        // 50 nots of false: an even number of negations, so false; the case falls to XR1.
        var grouped = result.Scheme!.CreateGrouper().Group(MiniScheme.Case("A01.000", "01.0001"));
        Assert.Equal("XR19", grouped.DrgCode);
    }

    [Fact]
    public void A_long_not_chain_is_refused_quickly()
    {
        // 30,000 "not " = 120,000 characters: past the 32,767-character limit, refused before parsing.
        var condition = string.Concat(Enumerable.Repeat("not ", 30_000)) + "true";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = OnSmallStack(() => LoadAdrgCondition(condition));
        watch.Stop();
        var issue = Assert.Single(result.Errors);
        Assert.Equal("PACK_CONDITION_SYNTAX", issue.Code);
        Assert.Contains("at most 32,767 characters", issue.Message.En);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_not_chain_within_the_length_limit_stops_at_the_depth_limit()
    {
        // 8,000 "not " = 32,004 characters (within the length limit): the 101st not, at character 401, is refused.
        var condition = string.Concat(Enumerable.Repeat("not ", 8_000)) + "true";
        var result = OnSmallStack(() => LoadAdrgCondition(condition));
        var issue = Assert.Single(result.Errors);
        Assert.Contains("at character 401: expected at most 100 nested brackets and nots", issue.Message.En);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(8_000)]
    public void Deep_brackets_in_a_workbook_rule_are_a_syntax_error_on_a_small_stack(int depth)
    {
        var rule = new string('(', depth) + "ZYZD in DI_X" + new string(')', depth);
        var result = OnSmallStack(() => new TestWorkbook()
            .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" }, new object?[] { "ZZ1", "被测", rule, "MDCX", 1 })
            .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" }, new object?[] { "ZZ19", "被测", "", "ZZ1", "MDCX", 1 })
            .Add("集合", new object?[] { "DI_X", "A01.000", "甲一", 1 }).TryLoad());
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PACK_CONDITION_SYNTAX" && e.Message.En.Contains("at most 100 nested brackets", StringComparison.Ordinal));
    }
}
