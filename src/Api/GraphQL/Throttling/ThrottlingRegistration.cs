using KnowledgeGraph.Analytics;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>Registers <see cref="ThrottlingOptions"/> (validated at start), the heavy computation slots and the per-request turn.</summary>
internal static class ThrottlingRegistration
{
    public static WebApplicationBuilder AddThrottling(this WebApplicationBuilder builder)
    {
        const string section = ThrottlingOptions.Section;
        var services = builder.Services;
        services.AddOptions<ThrottlingOptions>().BindConfiguration(section)
            .Validate(o => o.MaxHeavyComputations >= 1, $"{section}:MaxHeavyComputations must be at least 1")
            .Validate(o => o.BusyRetryAfter >= TimeSpan.FromSeconds(1), $"{section}:BusyRetryAfter must be at least one second (Retry-After counts whole seconds)")
            .Validate(o => o.RateLimitPermits >= 1, $"{section}:RateLimitPermits must be at least 1")
            .Validate(o => o.RateLimitWindow >= TimeSpan.FromSeconds(1), $"{section}:RateLimitWindow must be at least one second")
            .ValidateOnStart();

        // Heavy work stops with the host as well as with its request, so SIGTERM is not held up by a long computation.
        services.AddSingleton(provider => new HeavyComputations(
            provider.GetRequiredService<IOptions<ThrottlingOptions>>().Value.MaxHeavyComputations,
            provider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        services.AddScoped<RequestHeavyTurn>();
        return builder;
    }
}
