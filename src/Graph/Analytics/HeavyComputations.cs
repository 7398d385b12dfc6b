using KnowledgeGraph.Telemetry;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// A fixed number of slots for heavy computations (whole-graph scores, k-shortest paths, network expansion, snapshot
/// builds). A request that finds every slot taken is refused at once rather than queued, so load beyond the machine's
/// cores turns into quick refusals instead of ever longer waits. Every computation also stops when the service does.
/// </summary>
public sealed class HeavyComputations
{
    private readonly CancellationToken _stopping;
    private int _running;

    /// <param name="slots">How many heavy computations may run at once (at least 1).</param>
    /// <param name="stopping">Signalled when the service shuts down; every running computation observes it.</param>
    public HeavyComputations(int slots, CancellationToken stopping = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        Slots = slots;
        _stopping = stopping;
    }

    /// <summary>How many heavy computations may run at once.</summary>
    public int Slots { get; }

    /// <summary>How many slots are taken now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Takes a slot for a computation that stops when <paramref name="cancellationToken"/> or the service stops.</summary>
    /// <exception cref="HeavyComputationsBusyException">Every slot is taken.</exception>
    /// <exception cref="OperationCanceledException">The service is stopping or <paramref name="cancellationToken"/> is cancelled.</exception>
    public HeavyComputation Start(CancellationToken cancellationToken)
    {
        _stopping.ThrowIfCancellationRequested();
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Increment(ref _running) > Slots)
        {
            Interlocked.Decrement(ref _running);
            GraphTelemetry.HeavyRefusals.Add(1);
            throw new HeavyComputationsBusyException(Slots);
        }

        return new HeavyComputation(this, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping));
    }

    internal void Release() => Interlocked.Decrement(ref _running);
}
