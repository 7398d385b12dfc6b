namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Why a request cannot be executed at all, and the HTTP status that says so.</summary>
internal sealed record RequestRejection(int StatusCode, string Code, string Message);
