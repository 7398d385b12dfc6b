using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Start-up steps on the store: its schema migrated, then the curated seed loaded into it when it is empty.</summary>
internal static class GraphSeeding
{
    /// <summary>Creates or migrates the store's schema; safe on every start.</summary>
    public static Task MigrateGraphStoreAsync(this WebApplication app) =>
        app.Services.GetRequiredService<IGraphStore>().InitializeAsync(app.Lifetime.ApplicationStopping);

    /// <summary>Loads the curated dataset into an empty, migrated store; records what happened in <see cref="SeedState"/>.</summary>
    public static async Task SeedGraphAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var state = app.Services.GetRequiredService<SeedState>();
        var options = app.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphSeeding));

        state.Path = options.SeedPath ?? Path.Combine(AppContext.BaseDirectory, "seed");
        var statistics = await store.GetStatisticsAsync(app.Lifetime.ApplicationStopping);
        if (statistics.EntityCount > 0)
        {
            state.Status = SeedState.StoreNotEmpty;
            logger.LogInformation("The store holds {Entities} entities and {Relationships} relationships; the curated dataset is loaded only into an empty store",
                statistics.EntityCount, statistics.RelationshipCount);
            return;
        }

        if (!options.SeedWhenEmpty)
        {
            state.Status = SeedState.Disabled;
            logger.LogInformation("The store is empty and Graph:SeedWhenEmpty is false: starting without the curated dataset");
            return;
        }

        var importer = app.Services.GetRequiredService<BatchImporter>();
        logger.LogInformation("The store is empty: loading the curated dataset from {Path}", state.Path);
        var records = GraphJson.ReadPath(state.Path);
        var result = await importer.ImportAsync(records, cancellationToken: app.Lifetime.ApplicationStopping);
        state.Records = records.Entities.Count + records.Relationships.Count;
        if (result.Succeeded)
        {
            state.Status = SeedState.Seeded;
            logger.LogInformation("Seeded the store with {Records} curated records from {Path}", state.Records, state.Path);
            return;
        }

        state.Status = SeedState.Failed;
        state.Errors = [.. result.Errors.Select(e => (e with { Location = Path.GetRelativePath(state.Path, e.Location) }).ToString())];
        foreach (var error in result.Errors)
            logger.LogError("Seed record refused: {Error}", error);
    }
}
