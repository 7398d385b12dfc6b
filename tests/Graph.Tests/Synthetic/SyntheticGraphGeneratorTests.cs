using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Synthetic;

namespace KnowledgeGraph.Tests.Synthetic;

public sealed class SyntheticGraphGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_graph_and_another_seed_a_different_one()
    {
        var spec = new SyntheticGraphSpec(2_000, 10_000, seed: 5);

        var first = new SyntheticGraphGenerator(spec);
        var again = new SyntheticGraphGenerator(spec);
        var other = new SyntheticGraphGenerator(new SyntheticGraphSpec(2_000, 10_000, seed: 6));

        Assert.Equal(first.Nodes.Ids, again.Nodes.Ids);
        Assert.Equal(first.Nodes.Names, again.Nodes.Names);
        Assert.Equal(first.Edges(), again.Edges());
        Assert.NotEqual(first.Edges(), other.Edges());
    }

    [Fact]
    public void Every_generated_record_obeys_the_ontology()
    {
        var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(3_000, 30_000, seed: 11));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in generator.Entities())
        {
            Assert.Matches(GraphOntology.Definition(entity.Kind).IdPattern, entity.Id);
            Assert.True(ids.Add(entity.Id), $"id {entity.Id} is generated twice");
        }

        var edges = generator.Edges().ToList();
        Assert.Equal(30_000, edges.Count);
        foreach (var edge in edges)
        {
            var (from, to) = (generator.Nodes.KindOf(edge.From), generator.Nodes.KindOf(edge.To));
            Assert.True(GraphOntology.Rule(edge.Type).Allows(from, to), $"{edge.Type} from {from} to {to}");
            Assert.NotEqual(edge.From, edge.To);
            Assert.True(edge.ValidTo is null || edge.ValidFrom is null || edge.ValidFrom.Value.Start <= edge.ValidTo.Value.End);
            Assert.True(edge.ValidFrom is null || edge.ValidFrom.Value.Year is >= 1990 and <= 2026);
        }

        Assert.Equal(Enum.GetValues<RelationshipType>().Except([RelationshipType.HoldsPosition, RelationshipType.PartOf]).Order(),
            edges.Select(e => e.Type).Except([RelationshipType.HoldsPosition, RelationshipType.PartOf]).Distinct().Order());
    }

    [Fact]
    public void Degrees_are_skewed_a_few_actors_hold_many_relationships()
    {
        var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(20_000, 200_000, seed: 3));
        var snapshot = SyntheticProjection.Build(generator.Nodes.Ids, generator.Nodes.Kinds, SyntheticProjection.Columns(generator));

        var degrees = KnowledgeGraph.Algorithms.Degree.Count(snapshot, snapshot.Filter(global::KnowledgeGraph.Model.DateWindow.All));
        var sorted = degrees.OrderDescending().ToArray();

        Assert.True(sorted[0] > 50 * (2.0 * 200_000 / 20_000), $"largest degree {sorted[0]} is not far above the mean");
    }

    [Fact]
    public void An_edge_file_reads_back_as_written()
    {
        var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(500, 4_000, seed: 2));
        var columns = SyntheticProjection.Columns(generator);
        var path = Path.Combine(Path.GetTempPath(), $"kg-edges-{Guid.NewGuid():N}.bin");
        try
        {
            EdgeFile.Write(path, generator.Nodes.Ids, generator.Nodes.Kinds, columns);

            var (ids, kinds, read) = EdgeFile.Read(path);

            Assert.Equal(generator.Nodes.Ids, ids);
            Assert.Equal(generator.Nodes.Kinds, kinds);
            Assert.Equal(columns.Sources, read.Sources);
            Assert.Equal(columns.ValidTo, read.ValidTo);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(SyntheticGraphSpec.MinimumEntities)]
    [InlineData(20)]
    [InlineData(37)]
    public async Task The_smallest_graphs_have_every_kind_and_import(int entities)
    {
        var folder = Directory.CreateTempSubdirectory("kg-synthetic-small-");
        try
        {
            var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(entities, 60, seed: 3));
            await using var store = new SqliteGraphStore(Path.Combine(folder.FullName, "graph.db"));
            await store.InitializeAsync();

            await new SyntheticGraphWriter(store).WriteAsync(generator);

            var statistics = await store.GetStatisticsAsync();
            Assert.Equal(entities, statistics.EntityCount);
            Assert.All(statistics.EntitiesByKind, kind => Assert.True(kind.Value >= 2, $"{kind.Key}: {kind.Value}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Fewer_entities_than_two_of_each_kind_are_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticGraphSpec(SyntheticGraphSpec.MinimumEntities - 1, 10, seed: 1));

        Assert.Equal("entities", refused.ParamName);
    }

    [Fact]
    public async Task A_graph_imported_into_SQLite_projects_to_the_same_topology_as_the_generated_columns()
    {
        var folder = Directory.CreateTempSubdirectory("kg-synthetic-");
        try
        {
            var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(400, 3_000, seed: 9));
            await using var store = new SqliteGraphStore(Path.Combine(folder.FullName, "graph.db"));
            await store.InitializeAsync();

            await new SyntheticGraphWriter(store, batchSize: 700).WriteAsync(generator);

            var stored = await SnapshotReader.ReadAsync(store);
            var statistics = await store.GetStatisticsAsync();
            Assert.Equal(400, statistics.EntityCount);
            Assert.Equal(3_000, stored.EdgeCount);
            var expected = generator.Edges().Select(e => (generator.Nodes.Ids[e.From], generator.Nodes.Ids[e.To], e.Type)).Order().ToList();
            var actual = Enumerable.Range(0, stored.NodeCount)
                .SelectMany(v => Enumerable.Range(stored.Out.Offsets[v], stored.Out.Offsets[v + 1] - stored.Out.Offsets[v])
                    .Select(i => (stored.NodeIds[v], stored.NodeIds[stored.Out.Neighbors[i]], (RelationshipType)stored.Out.Types[i])))
                .Order().ToList();
            Assert.Equal(expected, actual);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_spec_with_too_few_entities_is_refused_with_the_argument_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticGraphSpec(3, 10, 1));

        Assert.Equal("entities", error.ParamName);
    }
}
