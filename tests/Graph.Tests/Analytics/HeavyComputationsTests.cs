using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Tests.Analytics;

public sealed class HeavyComputationsTests
{
    [Fact]
    public void A_computation_beyond_the_slots_is_refused_at_once()
    {
        var heavy = new HeavyComputations(slots: 2);
        using var first = heavy.Start(CancellationToken.None);
        using var second = heavy.Start(CancellationToken.None);

        var refused = Assert.Throws<HeavyComputationsBusyException>(() => heavy.Start(CancellationToken.None));

        Assert.Equal(2, refused.Slots);
        Assert.Equal(2, heavy.Running);
    }

    [Fact]
    public void Disposing_a_computation_frees_its_slot_once()
    {
        var heavy = new HeavyComputations(slots: 1);
        var computation = heavy.Start(CancellationToken.None);

        computation.Dispose();
        computation.Dispose();

        Assert.Equal(0, heavy.Running);
        using var next = heavy.Start(CancellationToken.None);
        Assert.Equal(1, heavy.Running);
    }

    [Fact]
    public void A_computation_observes_its_caller_and_the_service_stopping()
    {
        using var stopping = new CancellationTokenSource();
        using var request = new CancellationTokenSource();
        var heavy = new HeavyComputations(slots: 2, stopping.Token);
        using var forRequest = heavy.Start(request.Token);
        using var other = heavy.Start(CancellationToken.None);

        request.Cancel();
        var cancelledByRequest = (forRequest.Token.IsCancellationRequested, other.Token.IsCancellationRequested);
        stopping.Cancel();

        Assert.Equal((true, false), cancelledByRequest);
        Assert.True(other.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_stopping_service_starts_no_new_computation()
    {
        using var stopping = new CancellationTokenSource();
        var heavy = new HeavyComputations(slots: 1, stopping.Token);

        stopping.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => heavy.Start(CancellationToken.None));
        Assert.Equal(0, heavy.Running);
    }
}
