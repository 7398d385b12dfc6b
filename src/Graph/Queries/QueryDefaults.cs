using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>What a query assumes when its caller does not say; the GraphQL arguments show these as their defaults.</summary>
public static class QueryDefaults
{
    /// <summary>How a window reads relationships' dates unless the caller says (the API's <c>evidence</c> arguments); a <see cref="DateWindow"/> reads them so unless told otherwise.</summary>
    public const EvidenceMode Evidence = EvidenceMode.Supported;

    /// <summary>How many matches a search returns (the API's <c>search</c> <c>first</c>, <c>kg search --first</c>).</summary>
    public const int SearchResults = 20;

    /// <summary>Longest path, in hops, that <c>shortestPath</c> and <c>paths</c> look for.</summary>
    public const int MaxHops = 6;

    /// <summary>How many paths <c>paths</c> returns (its <c>k</c>).</summary>
    public const int Paths = 3;

    /// <summary>How many entities <c>influence</c> ranks (its <c>top</c>).</summary>
    public const int Top = 10;

    /// <summary>Rounds of partners a partner network spans (its <c>depth</c>).</summary>
    public const int NetworkDepth = 1;

    /// <summary>Most entities a partner network holds (its <c>maxNodes</c>).</summary>
    public const int NetworkNodes = 500;
}
