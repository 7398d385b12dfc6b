namespace KnowledgeGraph.Cli.Tests;

/// <summary>A small curated batch (every record with a source) and a store made from it.</summary>
internal static class Batches
{
    public const string Curated = """
        {
          "entities": [
            { "id": "country:VNM", "kind": "COUNTRY", "name": "Viet Nam", "sources": [{ "url": "https://example.org/a", "quote": "Việt Nam", "language": "vi" }] },
            { "id": "ministry:VNM-MOLISA", "kind": "MINISTRY", "name": "MOLISA", "aliases": ["Bộ LĐ-TB&XH"], "sources": [{ "url": "https://example.org/a", "quote": "Bộ LĐ-TB&XH", "language": "vi" }] },
            { "id": "person:dao-ngoc-dung", "kind": "PERSON", "name": "Dao Ngoc Dung", "names": { "vi": "Đào Ngọc Dung" }, "sources": [{ "url": "https://example.org/a", "quote": "Bộ trưởng Đào Ngọc Dung", "language": "vi" }] }
          ],
          "relationships": [
            { "id": "rel:molisa-part-of-vnm", "type": "PART_OF", "from": "ministry:VNM-MOLISA", "to": "country:VNM", "sources": [{ "url": "https://example.org/a", "quote": "Bộ LĐ-TB&XH", "language": "vi" }] },
            { "id": "rel:dung-minister", "type": "HOLDS_POSITION", "from": "person:dao-ngoc-dung", "to": "ministry:VNM-MOLISA", "validFrom": "2016-04", "validTo": "2024-08", "sources": [{ "url": "https://example.org/a", "quote": "Bộ trưởng Đào Ngọc Dung", "language": "vi" }] }
          ]
        }
        """;

    /// <summary>Imports <see cref="Curated"/> into <c>kg.db</c> in the folder and returns that file's path.</summary>
    public static async Task<string> CuratedStoreAsync(TempFolder folder)
    {
        await File.WriteAllTextAsync(folder.File("curated.json"), Curated);
        var store = folder.File("kg.db");
        var import = await Kg.RunAsync("import", folder.File("curated.json"), "--db", store);
        Assert.True(import.ExitCode == 0, import.Output);
        return store;
    }
}
