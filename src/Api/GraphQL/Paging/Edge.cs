namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>An item of a page with its cursor.</summary>
internal sealed record Edge<T>(string Cursor, T Node);
