using KnowledgeGraph.Analytics;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Projection;

public sealed class CuratedPathTests : SqliteStoreTest
{
    [Fact]
    public async Task Thea_Lee_reaches_Vilayphong_Sysomvang_and_every_hop_is_quoted_from_a_source()
    {
        var import = await Importer.ImportAsync(GraphJson.ReadPath(RepositoryPaths.Seed));
        Assert.True(import.Succeeded, string.Join("; ", import.Errors));
        var analytics = new GraphAnalytics(Store, new HeavyComputations(slots: 2));

        var path = await analytics.ShortestPathAsync("person:thea-lee", "person:vilayphong-sysomvang", DateWindow.All);

        Assert.NotNull(path);
        Assert.Equal("person:thea-lee", path.Entities[0].Id);
        Assert.Equal("person:vilayphong-sysomvang", path.Entities[^1].Id);
        Assert.All(path.Relationships, hop => Assert.Contains(hop.Sources, s => !string.IsNullOrWhiteSpace(s.Quote)));
        for (var i = 0; i < path.Length; i++)
        {
            string[] ends = [path.Relationships[i].From, path.Relationships[i].To];
            Assert.Equal(new[] { path.Entities[i].Id, path.Entities[i + 1].Id }.Order(), ends.Order());
        }
    }

    [Fact]
    public async Task Several_distinct_paths_join_Thea_Lee_to_Vilayphong_Sysomvang_shortest_first()
    {
        await Importer.ImportAsync(GraphJson.ReadPath(RepositoryPaths.Seed));
        var analytics = new GraphAnalytics(Store, new HeavyComputations(slots: 2));

        var paths = await analytics.PathsAsync("person:thea-lee", "person:vilayphong-sysomvang", 3, DateWindow.All);

        Assert.NotEmpty(paths);
        Assert.Equal(paths.Select(p => p.Length).Order(), paths.Select(p => p.Length));
        Assert.Equal(paths.Count, paths.Select(p => string.Join(">", p.Entities.Select(e => e.Id))).Distinct().Count());
    }
}
