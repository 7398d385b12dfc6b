namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>Per request (a scoped service): whose turn it is among the request's heavy fields (<see cref="HeavyFieldsInTurn"/>).</summary>
internal sealed class RequestHeavyTurn : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose() => Gate.Dispose();
}
