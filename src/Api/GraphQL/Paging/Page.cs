namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>One page of a list: its items, where it starts, and what lies around it.</summary>
/// <param name="TotalCount">Items in the whole list; null when the list is not counted (search).</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int? TotalCount, bool HasNextPage)
{
    public bool HasPreviousPage => Offset > 0;

    /// <summary>The <paramref name="first"/> items from <paramref name="offset"/> of a list that is already whole.</summary>
    public static Page<T> Of(IReadOnlyList<T> all, int offset, int first)
    {
        var start = Math.Min(offset, all.Count);
        var count = Math.Min(first, all.Count - start);
        var items = new T[count];
        for (var i = 0; i < count; i++)
            items[i] = all[start + i];
        return new Page<T>(items, start, all.Count, start + count < all.Count);
    }
}
