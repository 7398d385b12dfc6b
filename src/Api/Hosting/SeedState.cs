namespace KnowledgeGraph.Api.Hosting;

/// <summary>What happened to the curated seed at start-up, reported by the health endpoints.</summary>
internal sealed class SeedState
{
    public const string Pending = "pending";
    public const string Seeded = "seeded";
    public const string StoreNotEmpty = "store-not-empty";
    public const string Disabled = "disabled";
    public const string Failed = "failed";

    public string Status { get; set; } = Pending;
    public string? Path { get; set; }
    public int Records { get; set; }
    public IReadOnlyList<string> Errors { get; set; } = [];
}
