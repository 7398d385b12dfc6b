namespace KnowledgeGraph.Storage.Caching;

/// <summary>
/// One request's reads through a <see cref="CachedGraphStore"/>: the first read checks the store version, and the
/// request's later reads use the records of that version without checking again. A write in the request ends the
/// scope's version, so the request's reads after it see the write. Opened per request (<see cref="Begin"/>) for the
/// current async flow and what it starts.
/// </summary>
public sealed class RecordReadScope
{
    private static readonly AsyncLocal<RecordReadScope?> Current = new();

    private RecordReadScope()
    {
    }

    /// <summary>The generation the scope's reads use; null until the first read and after a write.</summary>
    internal RecordGeneration? Generation { get; set; }

    internal static RecordReadScope? Active => Current.Value;

    /// <summary>Opens a scope for the current async flow.</summary>
    public static RecordReadScope Begin()
    {
        var scope = new RecordReadScope();
        Current.Value = scope;
        return scope;
    }
}
