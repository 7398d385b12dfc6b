using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Errors;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>
/// The engine's refusals as SERVICE_BUSY: every heavy slot taken, or a computation stopped because the service is
/// shutting down (its token is the host's stopping token too, so the request itself was not cancelled).
/// </summary>
internal sealed class ServiceBusyErrors(IOptions<ThrottlingOptions> options, IHostApplicationLifetime lifetime)
{
    public ServiceBusyError? For(Exception exception) => exception switch
    {
        HeavyComputationsBusyException busy => new ServiceBusyError(busy.Message, options.Value.BusyRetryAfter),
        OperationCanceledException when lifetime.ApplicationStopping.IsCancellationRequested =>
            new ServiceBusyError("The service is shutting down; retry shortly.", options.Value.BusyRetryAfter),
        _ => null,
    };
}
