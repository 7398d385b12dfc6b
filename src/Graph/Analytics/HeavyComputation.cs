namespace KnowledgeGraph.Analytics;

/// <summary>One taken slot of <see cref="HeavyComputations"/>; disposing it frees the slot.</summary>
public sealed class HeavyComputation : IDisposable
{
    private readonly HeavyComputations _owner;
    private readonly CancellationTokenSource _cancellation;
    private int _disposed;

    internal HeavyComputation(HeavyComputations owner, CancellationTokenSource cancellation)
    {
        _owner = owner;
        _cancellation = cancellation;
    }

    /// <summary>Cancelled when the caller's token is or the service stops: what the computation's loops check.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Frees the slot; later calls do nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _cancellation.Dispose();
        _owner.Release();
    }
}
