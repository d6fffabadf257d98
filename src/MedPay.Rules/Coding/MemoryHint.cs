using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif

namespace MedPay.Rules.Coding;

/// <summary>
/// Asks the processor to bring a memory line into the cache ahead of its use (a hint: never faults, never changes a value).
/// The batch grouper uses it to overlap the cache misses of the cases it is about to group (docs/performance.md,
/// 2026-12-02): on x86 with .NET 8 or later it is the <c>prefetcht0</c> instruction; elsewhere it does nothing.
/// </summary>
internal static class MemoryHint
{
    /// <summary>Whether the hint does anything on this runtime and processor.</summary>
    public static bool IsSupported
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET8_0_OR_GREATER
        get => Sse.IsSupported;
#else
        get => false;
#endif
    }

    /// <summary>Prefetches the line holding <paramref name="array"/>[<paramref name="index"/>]; an index out of range is ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(T[] array, int index)
    {
#if NET8_0_OR_GREATER
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            unsafe
            {
                // The address is only a hint: if the collector moves the array meanwhile, the line fetched is merely useless.
                Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
            }
        }
#endif
    }

    /// <summary>Prefetches the first line of an object (a string's length and first characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(object? value)
    {
#if NET8_0_OR_GREATER
        if (Sse.IsSupported && value is not null)
        {
            unsafe
            {
                Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref value));
            }
        }
#endif
    }
}
