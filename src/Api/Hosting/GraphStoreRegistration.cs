using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Registers the active store (SQLite unless <c>Graph:Store</c> says Neo4j), the importer and the seed state.</summary>
public static class GraphStoreRegistration
{
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphStoreOptions>(builder.Configuration.GetSection(GraphStoreOptions.Section));
        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            return new SqliteGraphStore(Path.Combine(environment.ContentRootPath, options.Sqlite.Path));
        });
        builder.Services.AddSingleton(services => new BatchImporter(services.GetRequiredService<IGraphStore>()));
        builder.Services.AddSingleton<SeedState>();
        return builder.AddNeo4jStoreWhenSelected();
    }
}
