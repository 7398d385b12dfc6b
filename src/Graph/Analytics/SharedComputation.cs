namespace KnowledgeGraph.Analytics;

/// <summary>
/// One heavy computation that every request asking for the same thing waits on, in a slot of
/// <see cref="HeavyComputations"/>. Each waiter can give up on its own (its token); when the last one leaves before the
/// result is ready the computation is cancelled, so no core keeps working for nobody.
/// </summary>
/// <remarks>
/// Join with <see cref="TryJoin"/> and then <see cref="WaitAsync"/>, under the caller's own lock that finds the instance:
/// an abandoned computation refuses to be joined, and the caller then starts a fresh one.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The token source has no timer and no wait handle, so there is nothing to release; it lives as long as the computation.")]
internal sealed class SharedComputation<T>
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _abandoned = new();
    private readonly Task<T> _task;
    private int _waiters;
    private bool _isAbandoned;

    private SharedComputation(HeavyComputations heavy, Func<CancellationToken, Task<T>> compute)
    {
        var slot = heavy.Start(_abandoned.Token);

        // Its own thread: a computation can run for many seconds, and a pool thread held that long delays the requests,
        // timers (execution timeouts among them) and I/O that the pool serves.
        _task = Task.Factory.StartNew(
            async () =>
            {
                using (slot)
                    return await compute(slot.Token);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();
    }

    public bool IsCompleted => _task.IsCompleted;

    public bool IsCompletedSuccessfully => _task.IsCompletedSuccessfully;

    /// <summary>The result; only once <see cref="IsCompletedSuccessfully"/>.</summary>
    public T Result => _task.Result;

    /// <summary>Takes a slot and starts <paramref name="compute"/> on a thread of its own with the token it must observe.</summary>
    /// <exception cref="HeavyComputationsBusyException">Every slot is taken.</exception>
    public static SharedComputation<T> Start(HeavyComputations heavy, Func<CancellationToken, Task<T>> compute) => new(heavy, compute);

    /// <summary>Counts the caller as a waiter, unless the computation was abandoned or failed (start another then).</summary>
    public bool TryJoin()
    {
        lock (_gate)
        {
            if (_isAbandoned || _task.IsFaulted || _task.IsCanceled)
                return false;
            _waiters++;
            return true;
        }
    }

    /// <summary>Waits for the result as a joined waiter; leaving (by <paramref name="cancellationToken"/>) ends the wait at once.</summary>
    public async Task<T> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _task.WaitAsync(cancellationToken);
        }
        finally
        {
            bool abandon;
            lock (_gate)
                abandon = _isAbandoned = --_waiters == 0 && !_task.IsCompleted;

            // Cancelled outside the lock: the computation's cancellation callbacks must not run under it.
            if (abandon)
                _abandoned.Cancel();
        }
    }
}
