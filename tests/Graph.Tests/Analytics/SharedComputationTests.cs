using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Tests.Analytics;

/// <summary>The computation is a task the test releases or watches being cancelled, so nothing here waits on time.</summary>
public sealed class SharedComputationTests
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HeavyComputations _heavy = new(slots: 1);

    [Fact]
    public async Task A_waiter_that_leaves_does_not_cancel_the_computation_for_the_others()
    {
        var computation = Start();
        using var leaving = new CancellationTokenSource();
        var left = Join(computation, leaving.Token);
        var staying = Join(computation, CancellationToken.None);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        _release.SetResult();

        Assert.Equal(42, await staying);
        Assert.False(_cancelled.Task.IsCompleted);
    }

    [Fact]
    public async Task When_the_last_waiter_leaves_the_computation_is_cancelled_and_its_slot_freed()
    {
        var computation = Start();
        using var leaving = new CancellationTokenSource();
        var waiting = Join(computation, leaving.Token);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await _cancelled.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.False(computation.TryJoin());

        // The slot is freed as the computation's task unwinds, just after it saw the cancellation; the bound only stops a hang.
        Assert.True(SpinWait.SpinUntil(() => _heavy.Running == 0, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_computation_takes_a_slot_or_is_refused()
    {
        Start();

        Assert.Throws<HeavyComputationsBusyException>(() => Start());
    }

    private static Task<int> Join(SharedComputation<int> computation, CancellationToken cancellationToken)
    {
        Assert.True(computation.TryJoin());
        return computation.WaitAsync(cancellationToken);
    }

    private SharedComputation<int> Start() => SharedComputation<int>.Start(_heavy, async token =>
    {
        try
        {
            await _release.Task.WaitAsync(token);
            return 42;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            _cancelled.TrySetResult();
            throw;
        }
    });
}
