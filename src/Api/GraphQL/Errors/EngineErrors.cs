using GraphQL;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Queries;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>
/// The one translation of the library's exceptions into API errors. Refusals carry their code and argument from where
/// they arise (<see cref="QueryRefusedException"/>); the engine's busy refusals and a computation stopped because the
/// service is shutting down (its token is the host's stopping token too, so the request itself was not cancelled)
/// become SERVICE_BUSY. Anything else is not ours to explain: null, and the caller reports an internal error.
/// </summary>
internal sealed class EngineErrors(IOptions<ThrottlingOptions> throttling, IHostApplicationLifetime lifetime)
{
    public ExecutionError? For(Exception exception) => exception switch
    {
        EntityNotFoundException missing => new NotFoundError(missing.Message, missing.Id),
        ArgumentLimitExceededException limit => new LimitExceededError(limit.Code, limit.Argument, limit.Message),
        QueryRefusedException refused => new InputValidationError(refused.Argument, refused.Message),
        // A partial date that does not parse, read from an argument by a resolver.
        FormatException format => new GraphError(ErrorCodes.Validation, format.Message),
        HeavyComputationsBusyException busy => new ServiceBusyError(busy.Message, throttling.Value.BusyRetryAfter),
        OperationCanceledException when lifetime.ApplicationStopping.IsCancellationRequested => ShuttingDown(),
        _ => null,
    };

    public ServiceBusyError ShuttingDown() => new("The service is shutting down; retry shortly.", throttling.Value.BusyRetryAfter);
}
