namespace MedPay.Rules.Dip;

/// <summary>One slot of the fixed choice order among candidate groups: a group kind with a treatment type (e.g. core + surgical).</summary>
public readonly struct DipChoiceSlot : IEquatable<DipChoiceSlot>
{
    /// <summary>Creates a slot.</summary>
    /// <param name="kind">The group kind.</param>
    /// <param name="treatment">The treatment type.</param>
    public DipChoiceSlot(DipGroupKind kind, DipTreatment treatment)
    {
        Kind = kind;
        Treatment = treatment;
    }

    /// <summary>The group kind.</summary>
    public DipGroupKind Kind { get; }

    /// <summary>The treatment type.</summary>
    public DipTreatment Treatment { get; }

    /// <inheritdoc />
    public bool Equals(DipChoiceSlot other) => Kind == other.Kind && Treatment == other.Treatment;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DipChoiceSlot other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 8) + (int)Treatment;

    /// <summary><c>kind:treatment</c> in lower case, as <c>parameters.csv</c> writes it.</summary>
    public override string ToString() => Kind.ToString().ToLowerInvariant() + ":" + Treatment.ToString().ToLowerInvariant();
}
