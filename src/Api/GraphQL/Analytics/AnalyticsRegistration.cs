using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>Registers the path and influence engine: one <see cref="GraphAnalytics"/> holding the current projection.</summary>
internal static class AnalyticsRegistration
{
    public static WebApplicationBuilder AddGraphAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphAnalytics>();
        return builder;
    }
}
