using System.Reflection;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// A reflection-driven sweep (issue 14): every public constructor and public static method of the library is called with null for every
/// reference argument, <see langword="default"/> for every value argument, and once more with an out-of-range value for each enum argument.
/// A method may return, or refuse with <see cref="ArgumentException"/> (null, out of range) or a documented domain exception; it must never
/// fail with <see cref="NullReferenceException"/>, <see cref="IndexOutOfRangeException"/>, <see cref="InvalidOperationException"/> or
/// <see cref="OverflowException"/>, which say the library did not check its input.
/// </summary>
public class NullArgumentSweepTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(InvalidOperationException), typeof(OverflowException),
        typeof(InvalidCastException), typeof(KeyNotFoundException),
    };

    private static IEnumerable<MethodBase> Members() =>
        typeof(RulePack).Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal))))
            .Where(m => !m.IsGenericMethodDefinition && !m.IsAbstract && (m.DeclaringType?.IsAbstract != true || m.IsStatic))
            .Where(m => m.GetParameters().Length > 0 && m.GetParameters().All(p => !p.ParameterType.IsPointer && !IsByRefLike(p.ParameterType)));

    private static bool IsByRefLike(Type type)
    {
        var t = type.IsByRef ? type.GetElementType()! : type;
        return t.IsByRefLike;
    }

    private static object? Default(Type type)
    {
        var t = type.IsByRef ? type.GetElementType()! : type;
        return t.IsValueType ? Activator.CreateInstance(t) : null;
    }

    private static IEnumerable<object?[]> ArgumentSets(MethodBase method)
    {
        var parameters = method.GetParameters();
        var defaults = parameters.Select(p => Default(p.ParameterType)).ToArray();
        yield return defaults;
        for (var i = 0; i < parameters.Length; i++)
        {
            var t = parameters[i].ParameterType.IsByRef ? parameters[i].ParameterType.GetElementType()! : parameters[i].ParameterType;
            if (!t.IsEnum) continue;
            var args = (object?[])defaults.Clone();
            args[i] = Enum.ToObject(t, 97);
            yield return args;
        }
    }

    /// <summary>Runs the sweep and lists every member that failed with a forbidden exception.</summary>
    public static List<string> Sweep()
    {
        var failures = new List<string>();
        foreach (var method in Members())
        {
            foreach (var args in ArgumentSets(method))
            {
                Exception? error = null;
                var call = Task.Run(() =>
                {
                    try
                    {
                        if (method is ConstructorInfo ctor) ctor.Invoke(args);
                        else method.Invoke(null, args);
                    }
                    catch (TargetInvocationException e)
                    {
                        error = e.InnerException;
                    }
                });
                if (!call.Wait(TimeSpan.FromSeconds(10)))
                {
                    failures.Add($"{method.DeclaringType!.Name}.{method.Name}: did not return within 10 s");
                    continue;
                }

                if (error is not null && Forbidden.Contains(error.GetType()))
                {
                    failures.Add($"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))}) " +
                                 $"with ({string.Join(", ", args.Select(a => a?.ToString() ?? "null"))}): {error.GetType().Name}: {error.Message}");
                }
            }
        }

        return failures;
    }

    [Fact]
    public void No_public_constructor_or_static_method_fails_unchecked_on_null_or_default_arguments()
    {
        var failures = Sweep();
        Assert.True(failures.Count == 0, failures.Count + " member(s):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_sweep_reaches_the_library()
    {
        // A sweep that called nothing could not fail: it must reach the readers and writers issue 14 names.
        var names = Members().Select(m => m.DeclaringType!.Name + "." + m.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("SettlementJson.Write", names);
        Assert.Contains("SettlementJson.WriteLines", names);
        Assert.Contains("RetentionInput.ReadYearEnd", names);
        Assert.Contains("RateSchedule..ctor", names);
        Assert.Contains("IndicatorTarget..ctor", names);
        Assert.Contains("HospitalYearEnd.Compute", names);
        Assert.Contains("AllianceYearEnd.Compute", names);
        Assert.True(names.Count > 150, names.Count.ToString()); // 168 public constructors and static methods with parameters when written
    }

    [Fact]
    public void Settlement_list_rows_of_an_unknown_node_are_refused_with_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SettlementList.Empty.Rows((SettlementNode)97));
        Assert.Throws<ArgumentOutOfRangeException>(() => SettlementList.Empty.WithRows((SettlementNode)97, Array.Empty<SettlementRecord>()));
    }
}
