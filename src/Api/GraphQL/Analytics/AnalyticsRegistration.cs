using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.Hosting;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>
/// Registers the path and influence engine: one <see cref="GraphAnalytics"/> holding the current projection, bound by
/// the limits configured under <c>GraphQL:Limits</c> (the ones the API checks arguments against), which after a write
/// answers from the previous snapshot while the next is built (<c>Graph:AnswerFromPreviousProjectionWhileBuilding</c>),
/// brought up to date from the journal of this service's writes when it holds them all.
/// </summary>
internal static class AnalyticsRegistration
{
    public static WebApplicationBuilder AddGraphAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.Analytics);
        builder.Services.AddSingleton(services => new GraphAnalytics(
            services.GetRequiredService<KnowledgeGraph.Storage.Caching.CachedGraphStore>(),
            services.GetRequiredService<HeavyComputations>(),
            services.GetRequiredService<AnalyticsLimits>(),
            services.GetRequiredService<IOptions<GraphStoreOptions>>().Value is { AnswerFromPreviousProjectionWhileBuilding: true } options
                ? options.ProjectionRebuildInterval
                : null,
            services.GetRequiredService<KnowledgeGraph.Storage.StoreChangeJournal>()));
        return builder;
    }
}
