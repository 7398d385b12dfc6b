using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Limits;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>
/// Registers the path and influence engine: one <see cref="GraphAnalytics"/> holding the current projection, bound by
/// the limits configured under <c>GraphQL:Limits</c>, the ones the API checks arguments against.
/// </summary>
internal static class AnalyticsRegistration
{
    public static WebApplicationBuilder AddGraphAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.Analytics);
        builder.Services.AddSingleton<GraphAnalytics>();
        return builder;
    }
}
