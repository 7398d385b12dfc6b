using GraphQL;
using GraphQL.Instrumentation;

namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>
/// The heavy fields of one request resolve one after another (a ranking, then a second ranking...), while its other
/// fields still run side by side. Each heavy field may take a heavy slot; in turn, one request never fills the slots by
/// itself, nor is refused SERVICE_BUSY because of its own other fields.
/// </summary>
internal sealed class HeavyFieldsInTurn : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        HeavyFields.IsHeavy(context.FieldDefinition) ? InTurnAsync(context, next) : next(context);

    private static async ValueTask<object?> InTurnAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var turn = context.RequestServices!.GetRequiredService<RequestHeavyTurn>().Gate;
        await turn.WaitAsync(context.CancellationToken);
        try
        {
            return await next(context);
        }
        finally
        {
            turn.Release();
        }
    }
}
