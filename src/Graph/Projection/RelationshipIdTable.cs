namespace KnowledgeGraph.Projection;

/// <summary>
/// Maps an edge of a projection back to the stored relationship's id: a table read from the store, or a rule
/// (synthetic graphs name relationships by position, so ten million strings need not sit in memory).
/// </summary>
internal sealed class RelationshipIdTable
{
    private readonly string[]? _ids;
    private readonly Func<int, string>? _rule;

    private RelationshipIdTable(string[]? ids, Func<int, string>? rule)
    {
        _ids = ids;
        _rule = rule;
    }

    public static RelationshipIdTable Of(string[] ids) => new(ids, null);

    public static RelationshipIdTable ByRule(Func<int, string> rule) => new(null, rule);

    public string this[int edge] => _ids is not null ? _ids[edge] : _rule!(edge);

    public long SizeInBytes => _ids is null ? 0 : _ids.LongLength * IntPtr.Size;
}
