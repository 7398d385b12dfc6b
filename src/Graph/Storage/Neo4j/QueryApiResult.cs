namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The rows a statement returned, decoded, with the bookmarks and transaction the server reported.</summary>
internal sealed record QueryApiResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows, IReadOnlyList<string> Bookmarks, string? TransactionId)
{
    public int Column(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
                return i;
        }

        throw new Neo4jQueryException(Neo4jErrorKind.Protocol, null, $"Neo4j's answer has no field '{field}' (fields: {string.Join(", ", Fields)})");
    }

    /// <summary>The one value of <paramref name="field"/> in a statement that returns exactly one row.</summary>
    public T Single<T>(string field)
    {
        if (Rows.Count != 1)
            throw new Neo4jQueryException(Neo4jErrorKind.Protocol, null, $"expected one row with '{field}' but Neo4j returned {Rows.Count}");
        return (T)Rows[0][Column(field)]!;
    }
}
