using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Tests.Cypher;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Export;

#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit always calls
/// <summary>Each export is parsed back and must describe exactly what the store holds, tricky text included.</summary>
public sealed partial class ExportRoundTripTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Entity Tricky = Sample.Entity("org:QUOTE-TEST", EntityKind.Organization, "O'Brien \"Institute\" \\ back\\slash ✓ Bộ 한국 😀") with
    {
        Aliases = ["it's", "a,b;c"],
        Properties = ImmutableSortedDictionary<string, string>.Empty.Add("note", "line1\nline2\t'\"\\"),
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kg-export-");
    private SqliteGraphStore _store = null!;
    private List<Entity> _entities = [];
    private List<Relationship> _relationships = [];

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_folder.FullName, "export.db"));
        await _store.InitializeAsync();
        await _store.WriteAsync(new GraphBatch([.. Sample.Batch.Entities, Tricky], Sample.Batch.Relationships));
        await foreach (var entity in _store.StreamEntitiesAsync())
            _entities.Add(entity);
        await foreach (var relationship in _store.StreamRelationshipsAsync())
            _relationships.Add(relationship);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Neo4j_csv_has_admin_import_headers_and_reads_back_as_the_store()
    {
        var zip = new ZipArchive(new MemoryStream(await ExportAsync("neo4j-csv")));
        var nodes = Csv.Parse(Read(zip, Neo4jCsvGraphExporter.NodesFile));
        var relationships = Csv.Parse(Read(zip, Neo4jCsvGraphExporter.RelationshipsFile));

        Assert.Equal(["id:ID", ":LABEL", "name", "names", "aliases:string[]", "date", "dateStart:date", "properties", "sources"], nodes[0]);
        Assert.Equal([":START_ID", ":END_ID", ":TYPE", "id", "validFrom", "validTo", "validStart:date", "validEnd:date", "properties", "sources"], relationships[0]);
        Assert.Equal(_entities, nodes.Skip(1).Select(row => new Entity
        {
            Id = row[0],
            Kind = GraphOntology.Kinds.Single(k => row[1] == "Entity;" + k.Label).Kind,
            Name = row[2],
            Names = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(row[3], Json)!,
            Aliases = row[4].Length == 0 ? [] : [.. row[4].Split('|')],
            Date = row[5].Length == 0 ? null : PartialDate.Parse(row[5]),
            Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(row[7], Json)!,
            Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>(row[8], Json),
        }));
        Assert.Equal(_relationships, relationships.Skip(1).Select(row => new Relationship
        {
            From = row[0],
            To = row[1],
            Type = GraphOntology.TryParseType(row[2], out var type) ? type : throw new InvalidDataException(row[2]),
            Id = row[3],
            ValidFrom = row[4].Length == 0 ? null : PartialDate.Parse(row[4]),
            ValidTo = row[5].Length == 0 ? null : PartialDate.Parse(row[5]),
            Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(row[8], Json)!,
            Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>(row[9], Json),
        }));
        var signed = relationships.Single(r => r[3] == Sample.Signed.Id);
        Assert.Equal("2023-06-15", signed[6]);
    }

    [Fact]
    public async Task Cypher_script_parses_with_neo4js_parser_and_its_literals_read_back_as_the_store()
    {
        var script = Encoding.UTF8.GetString(await ExportAsync("cypher"));
        var file = Path.Combine(_folder.FullName, "export.cypher");
        await File.WriteAllTextAsync(file, script);

        var lint = await CypherLint.RunAsync([file]);

        Assert.Empty(lint.ErrorLines);
        var lines = script.Split('\n');
        Assert.Equal(_entities, lines.Where(l => l.StartsWith("MERGE (n:Entity", StringComparison.Ordinal)).Select(ReadEntity));
        Assert.Equal(_relationships, lines.Where(l => l.StartsWith("MATCH (a:Entity", StringComparison.Ordinal)).Select(ReadRelationship));
    }

    [Fact]
    public async Task Cypher_literals_escape_quotes_backslashes_and_control_characters()
    {
        Assert.Equal(@"'it\'s \\ ok\n\u0001 Bộ 😀'", CypherGraphExporter.Literal("it's \\ ok\n\u0001 Bộ 😀").Replace(@"\uD83D\uDE00", "😀", StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task GraphMl_declares_every_attribute_it_uses_and_reads_back_as_the_store()
    {
        var document = XDocument.Load(new MemoryStream(await ExportAsync("graphml")));
        XNamespace g = GraphMlGraphExporter.Namespace;
        var keys = document.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var graph = document.Root.Element(g + "graph")!;

        Assert.All(graph.Descendants(g + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys.Keys));
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        Assert.Equal(_entities, graph.Elements(g + "node").Select(node =>
        {
            var data = Data(node, keys);
            return new Entity
            {
                Id = (string)node.Attribute("id")!,
                Kind = GraphOntology.TryParseKind(data["kind"], out var kind) ? kind : throw new InvalidDataException(data["kind"]),
                Name = data["label"],
                Names = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(data["names"], Json)!,
                Aliases = JsonSerializer.Deserialize<ImmutableArray<string>>(data["aliases"], Json),
                Date = data.TryGetValue("date", out var date) ? PartialDate.Parse(date) : null,
                Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(data["properties"], Json)!,
                Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>(data["sources"], Json),
            };
        }));
        Assert.Equal(_relationships, graph.Elements(g + "edge").Select(edge =>
        {
            var data = Data(edge, keys);
            return new Relationship
            {
                Id = (string)edge.Attribute("id")!,
                Type = GraphOntology.TryParseType(data["type"], out var type) ? type : throw new InvalidDataException(data["type"]),
                From = (string)edge.Attribute("source")!,
                To = (string)edge.Attribute("target")!,
                ValidFrom = data.TryGetValue("validFrom", out var from) ? PartialDate.Parse(from) : null,
                ValidTo = data.TryGetValue("validTo", out var to) ? PartialDate.Parse(to) : null,
                Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(data["properties"], Json)!,
                Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>(data["sources"], Json),
            };
        }));
        Assert.Equal("false", (string?)graph.Elements(g + "edge").Single(e => (string)e.Attribute("id")! == Sample.Cooperates.Id).Attribute("directed"));
    }

    private async Task<byte[]> ExportAsync(string format)
    {
        var exporter = GraphExporters.Find(format) ?? throw new InvalidOperationException($"no exporter '{format}'");
        using var output = new MemoryStream();
        await exporter.WriteAsync(_store, output);
        return output.ToArray();
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, string> Data(XElement element, Dictionary<string, string> keys) =>
        element.Elements(XName.Get("data", GraphMlGraphExporter.Namespace)).ToDictionary(d => keys[(string)d.Attribute("key")!], d => d.Value);

    private static Entity ReadEntity(string line)
    {
        var reader = new CypherLiteralReader(line);
        reader.Expect("MERGE (n:Entity {id: ");
        var id = reader.ReadString();
        reader.Expect("}) SET n = ");
        var map = reader.ReadMap();
        reader.Expect(" SET n:`");
        var label = reader.ReadUntil('`');
        Assert.Equal(id, map["id"]);
        if (map.TryGetValue("date", out var date))
            Assert.Equal(PartialDate.Parse((string)date!).Start, map["dateStart"]);
        return new Entity
        {
            Id = id,
            Kind = GraphOntology.Kinds.Single(k => k.Label == label).Kind,
            Name = (string)map["name"]!,
            Names = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>((string)map["names"]!, Json)!,
            Aliases = [.. ((List<object?>)map["aliases"]!).Cast<string>()],
            Date = date is string d ? PartialDate.Parse(d) : null,
            Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>((string)map["properties"]!, Json)!,
            Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>((string)map["sources"]!, Json),
        };
    }

    private static Relationship ReadRelationship(string line)
    {
        var reader = new CypherLiteralReader(line);
        reader.Expect("MATCH (a:Entity {id: ");
        var from = reader.ReadString();
        reader.Expect("}) MATCH (b:Entity {id: ");
        var to = reader.ReadString();
        reader.Expect("}) MERGE (a)-[r:`");
        var type = reader.ReadUntil('`');
        reader.Expect("` {id: ");
        var id = reader.ReadString();
        reader.Expect("}]->(b) SET r = ");
        var map = reader.ReadMap();
        return new Relationship
        {
            Id = id,
            Type = GraphOntology.TryParseType(type, out var parsed) ? parsed : throw new InvalidDataException(type),
            From = from,
            To = to,
            ValidFrom = map.GetValueOrDefault("validFrom") is string validFrom ? PartialDate.Parse(validFrom) : null,
            ValidTo = map.GetValueOrDefault("validTo") is string validTo ? PartialDate.Parse(validTo) : null,
            Properties = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>((string)map["properties"]!, Json)!,
            Sources = JsonSerializer.Deserialize<ImmutableArray<Source>>((string)map["sources"]!, Json),
        };
    }
}
