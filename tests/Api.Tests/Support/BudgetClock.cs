using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>A fake clock that says when a timer of <paramref name="budget"/> starts: a request's time budget is running.</summary>
public sealed class BudgetClock(TimeSpan budget) : FakeTimeProvider
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task BudgetStarted => started.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == budget)
            started.TrySetResult();
        return timer;
    }
}
