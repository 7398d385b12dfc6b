namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string Bad = """
        {
          "relationships": [
            { "id": "rel:a", "type": "PART_OF", "from": "ministry:VNM-X", "to": "country:ZZZ", "validFrom": "2016-13", "sources": [{ "url": "https://example.org/a", "quote": "q", "language": "vi" }] }
          ],
          "entities": [
            { "id": "country:VNM", "kind": "COUNTRY", "name": "", "date": "2020-13", "sources": [] },
            { "id": "ministry:VNM-X", "kind": "MINISTRY", "name": "X", "aliases": "one", "date": "1999-99", "bogus": 1, "sources": [{ "url": "https://example.org/a", "quote": "q", "language": "vi" }] }
          ]
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_import_reports_every_error_of_every_record_in_record_order()
    {
        await File.WriteAllTextAsync(_folder.File("bad.json"), Bad);

        var import = await Kg.RunAsync("import", _folder.File("bad.json"), "--db", _folder.File("kg.db"));

        var errors = import.StandardOutput.Split('\n').Where(l => l.StartsWith("error ", StringComparison.Ordinal)).Select(l => l["error ".Length..]).ToArray();
        Assert.Equal(1, import.ExitCode);
        Assert.Equal(
        [
            "bad.json $.relationships[0]: validFrom",
            "bad.json $.relationships[0]: to",
            "bad.json $.entities[0]: name",
            "bad.json $.entities[0]: date",
            "bad.json $.entities[0]: sources",
            "bad.json $.entities[1]: aliases",
            "bad.json $.entities[1]: bogus",
            "bad.json $.entities[1]: date",
        ], errors.Select(e => e[..e.IndexOf(':', e.IndexOf("]: ", StringComparison.Ordinal) + 3)]));
        Assert.Contains("bad.json $.relationships[0]: to: no entity has this id, in the batch or the store (value: 'country:ZZZ')", errors);
        Assert.Contains("bad.json $.entities[1]: aliases: expected an array", errors);
        Assert.StartsWith("bad.json $.entities[1]: bogus: unknown member; expected one of id, kind, name", errors[6]);
        Assert.Contains("8 error(s); nothing was imported.", import.StandardOutput);
    }

    [Fact]
    public async Task A_dry_run_against_a_missing_file_validates_and_creates_nothing()
    {
        await File.WriteAllTextAsync(_folder.File("curated.json"), Batches.Curated);

        var dryRun = await Kg.RunAsync("import", _folder.File("curated.json"), "--dry-run", "--db", _folder.File("kg.db"));

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("Valid.", dryRun.StandardOutput);
        Assert.Contains("validating against an empty store", dryRun.StandardError);
        Assert.False(File.Exists(_folder.File("kg.db")));
    }
}
