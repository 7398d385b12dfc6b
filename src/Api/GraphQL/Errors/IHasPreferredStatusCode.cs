namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>
/// A refusal that is an HTTP-level answer: when it is the first error of a result that has no data, the response
/// takes this status whatever the media type (what graphql-dotnet's server does with its interface of this name).
/// </summary>
internal interface IHasPreferredStatusCode
{
    int PreferredStatusCode { get; }
}
