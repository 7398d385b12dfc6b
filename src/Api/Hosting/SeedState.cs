namespace KnowledgeGraph.Api.Hosting;

/// <summary>What happened to the curated seed at start-up, reported by <c>/healthz</c>.</summary>
public sealed class SeedState
{
    public string Status { get; set; } = "pending";
    public string? Path { get; set; }
    public int Records { get; set; }
    public IReadOnlyList<string> Errors { get; set; } = [];
}
