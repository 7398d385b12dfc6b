using System.Threading.RateLimiting;

using GraphQL.Execution;
using GraphQL.Validation;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>
/// Takes one permit from the client's fixed window (<see cref="ThrottlingOptions"/>) for every mutation and every query
/// with a heavy field, once the document is valid and before anything runs; without a permit nothing executes and the
/// answer is RATE_LIMITED (HTTP 429, Retry-After). The limiter is the framework's own (System.Threading.RateLimiting, what
/// ASP.NET Core's rate-limiting middleware is built on); the middleware itself cannot be used because it decides before
/// the request body, and so the operation, has been read.
/// </summary>
internal sealed class RateLimitListener : DocumentExecutionListenerBase, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public RateLimitListener(IOptions<ThrottlingOptions> options)
    {
        var throttling = options.Value;
        _window = throttling.RateLimitWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = throttling.RateLimitPermits,
            Window = throttling.RateLimitWindow,
            QueueLimit = 0,
        }));
    }

    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (!validationResult.IsValid || context.UserContext is not GraphUserContext user)
            return Task.CompletedTask;
        if (context.Operation.Operation != OperationType.Mutation && !HeavyFields.AreSelectedBy(context))
            return Task.CompletedTask;

        using var lease = _limiter.AttemptAcquire(user.Client);
        if (!lease.IsAcquired)
            context.Errors.Add(new RateLimitedError(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window));
        return Task.CompletedTask;
    }

    public void Dispose() => _limiter.Dispose();
}
