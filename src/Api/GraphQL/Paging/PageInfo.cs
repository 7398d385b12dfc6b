namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>Where a page sits in its list.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
