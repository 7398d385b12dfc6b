using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Caching;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Registers the store <see cref="GraphStoreSettings"/> selects (SQLite under the content root unless <c>Graph:Store</c>
/// says Neo4j), the importer and the seed state. The settings are read when the store is first needed (migration, at
/// start-up), so a misconfigured Neo4j stops the service before it listens, with every problem named. Every write goes
/// through the <see cref="StoreChangeJournal"/>, from which the projection is brought up to date in memory. GraphQL
/// answers and the importer go through a <see cref="CachedGraphStore"/> over it: records from memory for the store's
/// current version, and writes that end the request's version.
/// </summary>
internal static class GraphStoreRegistration
{
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphStoreOptions>(builder.Configuration.GetSection(GraphStoreOptions.Section));
        builder.Services.AddSingleton<StoreChangeJournal>();
        builder.Services.AddSingleton<IGraphStore>(services => services.GetRequiredService<StoreChangeJournal>().Journaling(
            GraphStoreSettings.Read(services.GetRequiredService<IConfiguration>())
                .Open(services.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        // Resolved once the store's own registration is final (telemetry may wrap it), so traces show real store calls.
        builder.Services.AddSingleton(services => new CachedGraphStore(services.GetRequiredService<IGraphStore>()));
        builder.Services.AddSingleton(services => new BatchImporter(services.GetRequiredService<CachedGraphStore>()));
        builder.Services.AddSingleton<SeedState>();
        return builder;
    }
}
