namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The service's start-up settings in the <c>Graph</c> section: the seed and the projection. Which store and where it
/// is (<c>Graph:Store</c>, <c>Graph:Sqlite:Path</c>, <c>Graph:Neo4j</c>) is <see cref="KnowledgeGraph.Storage.GraphStoreSettings"/>,
/// shared with the <c>kg</c> command.
/// </summary>
internal sealed class GraphStoreOptions
{
    public const string Section = "Graph";

    /// <summary>Folder of the curated dataset loaded into an empty store; default: the seed copied beside the app.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Set false to start on an empty store (tests of writes, benchmarks on generated data).</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>Build the analytics projection right after start-up, so the first path or influence query does not wait for it.</summary>
    public bool BuildProjectionAtStart { get; set; } = true;

    /// <summary>
    /// After a write, answer analytics from the previous projection while the next one is built in the background, so
    /// writes never stall reads; responses name the version in <c>extensions.projectionVersion</c>. False: every
    /// analytics query waits for a projection that includes every write before it.
    /// </summary>
    public bool AnswerFromPreviousProjectionWhileBuilding { get; set; } = true;

    /// <summary>
    /// While writes keep arriving, rebuild the projection at most this often (default 2 s), so readers keep the cores:
    /// answers are then at most this much (plus one build) behind the writes.
    /// </summary>
    public TimeSpan ProjectionRebuildInterval { get; set; } = TimeSpan.FromSeconds(2);
}
