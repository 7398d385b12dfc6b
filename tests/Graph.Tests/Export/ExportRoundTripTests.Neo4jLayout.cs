using System.Globalization;
using System.IO.Compression;
using System.Text;

using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Storage;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Export;

// Both Neo4j exports load as the store lays the graph out: their elements carry exactly the properties the store writes
// (the search ones included), read back through the store's own reader, and answer search.cypher's filter.
public sealed partial class ExportRoundTripTests
{
    [Theory]
    [InlineData("cypher")]
    [InlineData("neo4j-csv")]
    public async Task Each_Neo4j_export_writes_the_stores_entity_properties(string format)
    {
        var nodes = await ExportedEntityNodesAsync(format);

        Assert.Equal(_entities.Select(StoredProperties), nodes.Select(n => Comparable(n.Properties)));
    }

    [Theory]
    [InlineData("cypher")]
    [InlineData("neo4j-csv")]
    public async Task Each_Neo4j_export_reads_back_through_the_stores_reader(string format)
    {
        var nodes = await ExportedEntityNodesAsync(format);

        Assert.Equal(_entities, nodes.Select(Neo4jRecords.ToEntity));
    }

    [Theory]
    [InlineData("cypher")]
    [InlineData("neo4j-csv")]
    public async Task A_database_loaded_from_either_Neo4j_export_finds_an_entity_by_search(string format)
    {
        var nodes = await ExportedEntityNodesAsync(format);

        var found = Search(nodes, "Bo LD-TB&XH");

        Assert.Equal(Sample.Molisa.Id, Assert.Single(found).Id);
    }

    /// <summary>search.cypher's filter: the folded text inside <c>searchText</c>.</summary>
    private static List<Entity> Search(IEnumerable<Neo4jNode> nodes, string text) =>
        [.. nodes.Where(n => n.Properties.GetValueOrDefault("searchText") is string terms && terms.Contains(SearchText.Fold(text), StringComparison.Ordinal))
            .Select(Neo4jRecords.ToEntity)];

    private async Task<List<Neo4jNode>> ExportedEntityNodesAsync(string format)
    {
        var export = await ExportAsync(format);
        if (format == "cypher")
            return [.. Encoding.UTF8.GetString(export).Split('\n').Where(l => l.StartsWith("MERGE (n:Entity", StringComparison.Ordinal)).Select(CypherNode)];
        using var zip = new ZipArchive(new MemoryStream(export));
        var rows = Csv.Parse(Read(zip, Neo4jCsvGraphExporter.NodesFile));
        return [.. rows.Skip(1).Select(row => CsvNode(rows[0], row))];
    }

    private static Neo4jNode CypherNode(string line)
    {
        var reader = new CypherLiteralReader(line);
        reader.Expect("MERGE (n:Entity {id: ");
        reader.ReadString();
        reader.Expect("}) SET n = ");
        var properties = reader.ReadMap();
        reader.Expect(" SET n:`");
        return new Neo4jNode("cypher", [Neo4jRecords.EntityLabel, reader.ReadUntil('`')], properties);
    }

    /// <summary>A row as neo4j-admin imports it: typed columns, lists split on the array delimiter, an empty field absent.</summary>
    private static Neo4jNode CsvNode(string[] header, string[] row)
    {
        var properties = new Dictionary<string, object?>();
        string[] labels = [];
        foreach (var (column, field) in header.Zip(row))
        {
            if (column == ":LABEL")
                labels = field.Split(';');
            else if (field.Length == 0)
                continue;
            else if (column.EndsWith(":string[]", StringComparison.Ordinal))
                properties[column[..^":string[]".Length]] = field.Split(Neo4jCsvGraphExporter.ArrayDelimiter).Cast<object?>().ToList();
            else if (column.EndsWith(":date", StringComparison.Ordinal))
                properties[column[..^":date".Length]] = DateOnly.ParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            else
                properties[column == "id:ID" ? "id" : column] = field;
        }

        return new Neo4jNode("csv", labels, properties);
    }

    /// <summary>What the store sets on an entity's node (entity-upsert.cypher): its row's properties and DATE values.</summary>
    private static List<string> StoredProperties(Entity entity)
    {
        var row = Neo4jRecords.EntityRow(entity);
        var properties = new Dictionary<string, object?>((Dictionary<string, object?>)row["properties"]!);
        foreach (var (name, value) in row.Where(p => p.Key is not ("id" or "properties")))
            properties[name] = value;
        return Comparable(properties);
    }

    /// <summary>Properties as comparable text, an empty list like an absent property (neo4j-admin cannot tell them apart).</summary>
    private static List<string> Comparable(IReadOnlyDictionary<string, object?> properties) =>
        [.. properties.Select(p => (p.Key, Value: p.Value switch
            {
                string[] list => list.Length == 0 ? null : "[" + string.Join(", ", list) + "]",
                List<object?> list => list.Count == 0 ? null : "[" + string.Join(", ", list) + "]",
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var value => (string?)value,
            }))
            .Where(p => p.Value is not null).Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal)];
}
