using System.Reflection;
using System.Runtime.CompilerServices;

using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Conventions;

/// <summary>
/// KnowledgeGraph is internal by default: the API, kg and the benches see only its public types, its tests see the rest.
/// The engine's internals are pinned here, so a type that goes public there is a decision someone made on purpose.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(GraphSnapshot).Assembly;

    [Fact]
    public void Only_test_assemblies_see_the_library_internals()
    {
        var friends = Library.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.NotEmpty(friends);
        Assert.All(friends, friend => Assert.EndsWith(".Tests", friend, StringComparison.Ordinal));
    }

    [Theory]
    // The store the host opens, the mode it opens it in and the refusal it reports; statements, schema and writers stay inside.
    [InlineData("KnowledgeGraph.Storage.Sqlite", "SqliteGraphStore SqliteStoreFileException SqliteStoreFileProblem SqliteStoreMode")]
    // Settings and the refusal the host reports; the Query API client, Cypher catalogue and records stay inside.
    [InlineData("KnowledgeGraph.Storage.Neo4j", "Neo4jErrorKind Neo4jOptions Neo4jQueryException")]
    // The snapshot and its filter; adjacency, id tables, day indexes and the store reader stay inside.
    [InlineData("KnowledgeGraph.Projection", "EdgeColumns GraphSnapshot NodeOrder NodeRenumbering SnapshotBuilder TraversalFilter")]
    // The algorithms, their options and answers; scratch space, pull and weighted graphs stay inside.
    [InlineData("KnowledgeGraph.Algorithms", "Betweenness Closeness ClosenessMeasure CommunityPartition Degree GraphPath KShortestPaths Louvain LouvainOptions PageRank PageRankOptions RankedNode Ranking ShortestPathSearch SourceSample WeakComponents")]
    public void Engine_internals_stay_internal(string ns, string publicTypes)
    {
        var exported = Library.GetExportedTypes().Where(t => t.Namespace == ns).Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(publicTypes.Split(' ').Order(StringComparer.Ordinal), exported);
    }

    [Theory]
    [InlineData("KnowledgeGraph.Algorithms.SearchScratch")]
    [InlineData("KnowledgeGraph.Algorithms.PullGraph")]
    [InlineData("KnowledgeGraph.Algorithms.WeightedGraph")]
    [InlineData("KnowledgeGraph.Projection.AdjacencyIndex")]
    [InlineData("KnowledgeGraph.Projection.RelationshipIdTable")]
    [InlineData("KnowledgeGraph.Projection.SnapshotReader")]
    [InlineData("KnowledgeGraph.Storage.Sqlite.SqliteBatchWriter")]
    [InlineData("KnowledgeGraph.Storage.Sqlite.SqliteSchema")]
    [InlineData("KnowledgeGraph.Storage.Neo4j.QueryApiClient")]
    public void Scratch_and_storage_types_are_not_public(string typeName)
    {
        var type = Library.GetType(typeName, throwOnError: true)!;

        Assert.False(type.IsVisible, $"{typeName} is public; it is an engine internal");
    }
}
