using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Migrates the store and loads the curated seed into it when it is empty.</summary>
public static class GraphSeeding
{
    public static async Task SeedGraphAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var state = app.Services.GetRequiredService<SeedState>();
        var options = app.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphSeeding));
        await store.InitializeAsync(app.Lifetime.ApplicationStopping);

        state.Path = options.SeedPath ?? Path.Combine(AppContext.BaseDirectory, "seed");
        var statistics = await store.GetStatisticsAsync(app.Lifetime.ApplicationStopping);
        if (statistics.EntityCount > 0)
        {
            state.Status = "store-not-empty";
            logger.LogInformation("The store holds {Entities} entities and {Relationships} relationships; the curated dataset is loaded only into an empty store",
                statistics.EntityCount, statistics.RelationshipCount);
            return;
        }

        if (!options.SeedWhenEmpty)
        {
            state.Status = "disabled";
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
            state.Status = "seeded";
            logger.LogInformation("Seeded the store with {Records} curated records from {Path}", state.Records, state.Path);
            return;
        }

        state.Status = "failed";
        state.Errors = [.. result.Errors.Select(e => (e with { Location = Path.GetRelativePath(state.Path, e.Location) }).ToString())];
        foreach (var error in result.Errors)
            logger.LogError("Seed record refused: {Error}", error);
    }
}
