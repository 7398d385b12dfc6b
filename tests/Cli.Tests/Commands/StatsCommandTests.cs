using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class StatsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Stats_json_prints_only_json_on_standard_output()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var stats = await Kg.RunAsync("stats", "--json", "--db", store);

        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(store, root.GetProperty("dataFile").GetString());
        Assert.Equal((3, 2), (root.GetProperty("entities").GetInt64(), root.GetProperty("relationships").GetInt64()));
        Assert.Equal(1, root.GetProperty("entitiesByKind").GetProperty("PERSON").GetInt64());
        Assert.Equal(0, root.GetProperty("entitiesByKind").GetProperty("EVENT").GetInt64());
        Assert.Equal(1, root.GetProperty("relationshipsByType").GetProperty("HOLDS_POSITION").GetInt64());
        Assert.True(root.GetProperty("version").GetInt64() > 0);
    }
}
