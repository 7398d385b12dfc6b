namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("đào ngọc dung", "person:dao-ngoc-dung")]
    [InlineData("DAO NGOC", "person:dao-ngoc-dung")]
    [InlineData("bo ld-tb&xh", "ministry:VNM-MOLISA")]
    public async Task Search_ignores_case_and_diacritics_and_finds_names_and_aliases(string text, string id)
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var search = await Kg.RunAsync("search", text, "--db", store);

        Assert.Equal(0, search.ExitCode);
        Assert.Contains(id, search.StandardOutput);
    }

    [Fact]
    public async Task Search_keeps_to_the_kinds_asked_for()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var search = await Kg.RunAsync("search", "a", "--kinds", "COUNTRY", "PERSON", "--db", store);

        Assert.Contains("country:VNM", search.StandardOutput);
        Assert.Contains("person:dao-ngoc-dung", search.StandardOutput);
        Assert.DoesNotContain("ministry:VNM-MOLISA", search.StandardOutput);
    }

    [Fact]
    public async Task Search_returns_at_most_first_matches()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var search = await Kg.RunAsync("search", "a", "--first", "1", "--db", store);

        Assert.Single(search.StandardOutput.Split('\n'), line => line.Contains(':', StringComparison.Ordinal) && line.Contains('│', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("search", "   ")]
    [InlineData("search", "Dung", "--first", "0")]
    [InlineData("search", "Dung", "--kinds", "COUNTRYY")]
    public async Task Bad_search_arguments_are_refused_before_the_store_is_read(params string[] command)
    {
        var run = await Kg.RunAsync([.. command, "--db", _folder.File("absent.db")]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("data file", run.StandardError);
    }
}
