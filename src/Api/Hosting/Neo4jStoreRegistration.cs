using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The <c>Graph:Store</c> switch: <c>Sqlite</c> (default) keeps the embedded store, <c>Neo4j</c> replaces it with the
/// Neo4j backend configured from <c>Graph:Neo4j</c> (also <c>Graph__Neo4j__Uri</c>... or Aura's NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).
/// </summary>
public static class Neo4jStoreRegistration
{
    public static WebApplicationBuilder AddNeo4jStoreWhenSelected(this WebApplicationBuilder builder)
    {
        var store = builder.Configuration["Graph:Store"] ?? "Sqlite";
        if (string.Equals(store, "Sqlite", StringComparison.OrdinalIgnoreCase))
            return builder;
        if (!string.Equals(store, "Neo4j", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Graph:Store '{store}' is not a store; use Sqlite (default) or Neo4j");

        var options = ReadOptions(builder.Configuration);
        options.Validate();
        builder.Services.Replace(ServiceDescriptor.Singleton<IGraphStore>(_ => new Neo4jGraphStore(options)));
        return builder;
    }

    internal static Neo4jOptions ReadOptions(IConfiguration configuration)
    {
        var options = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.Section).Bind(options);
        if (options.Uri is null && configuration["NEO4J_URI"] is { Length: > 0 } uri && Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            options.Uri = AuraHttpAddress(parsed);
        if (configuration["NEO4J_USERNAME"] is { Length: > 0 } user && configuration[$"{Neo4jOptions.Section}:User"] is null)
            options.User = user;
        options.Password ??= configuration["NEO4J_PASSWORD"];
        if (configuration["NEO4J_DATABASE"] is { Length: > 0 } database && configuration[$"{Neo4jOptions.Section}:Database"] is null)
            options.Database = database;
        return options;
    }

    /// <summary>Aura's credentials file gives a Bolt address (neo4j+s://id.databases.neo4j.io); its Query API is https on the same host.</summary>
    private static Uri AuraHttpAddress(Uri uri) =>
        uri.Scheme is "neo4j+s" or "neo4j+ssc" or "bolt+s" ? new Uri($"https://{uri.Host}") : uri;
}
