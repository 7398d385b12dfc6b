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
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Entity Tricky = Sample.Entity("org:QUOTE-TEST", EntityKind.Organization, "O'Brien \"Institute\" \\ back\\slash ✓ Bộ 한국 😀 no\u00A0break") with
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

        Assert.Equal(["id:ID", ":LABEL", "name", "names", "aliases:string[]", "date", "dateStart:date", "properties", "sources", "searchTerms:string[]", "searchText"], nodes[0]);
        Assert.Equal(
            [":START_ID", ":END_ID", ":TYPE", "id", "validFrom", "validTo", "attestedFrom", "attestedTo", "properties", "sources", "validStart:date", "validEnd:date", "spanStart:date", "spanEnd:date"],
            relationships[0]);
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
        Assert.Equal(("2023-06-15", "2023-06-15", ""), (signed[10], signed[12], signed[13]));
        var attested = relationships.Single(r => r[3] == Sample.Attested.Id);
        Assert.Equal(("2023", "2023", "", "2023-01-01", "2023-12-31"), (attested[6], attested[7], attested[10], attested[12], attested[13]));
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
    public void Cypher_literals_escape_quotes_backslashes_and_control_characters_and_keep_other_text()
    {
        Assert.Equal("'it\\'s \\\\ ok\\n\\u0001 Bộ 😀 a\u00A0b \\uD800'", CypherGraphExporter.Literal("it's \\ ok\n\u0001 Bộ 😀 a\u00A0b \uD800"));
    }

    [Theory]
    [InlineData("json", true)]
    [InlineData("neo4j-csv", true)]
    [InlineData("cypher", true)]
    [InlineData("graphml", true)]
    [InlineData("gexf", false)]
    public async Task Every_export_writes_non_ASCII_text_as_UTF_8_without_escapes(string format, bool withSources)
    {
        var bytes = await ExportAsync(format);
        var text = format == "neo4j-csv" ? AllEntries(new ZipArchive(new MemoryStream(bytes))) : Strict.GetString(bytes);

        Assert.Contains("Đào Ngọc Dung", text);
        Assert.Contains("Bộ 한국 😀 no\u00A0break", text);
        if (withSources)
            Assert.Contains("Bộ trưởng Đào Ngọc Dung đã ký Bản ghi nhớ", text);
        Assert.DoesNotMatch(@"\\u(?!00[01][0-9A-Fa-f])[0-9A-Fa-f]{4}", text);
    }

    [Fact]
    public async Task Gexf_is_a_dynamic_graph_whose_dated_edges_carry_date_intervals()
    {
        var document = XDocument.Load(new MemoryStream(await ExportAsync("gexf")));
        XNamespace x = GexfGraphExporter.Namespace;
        var graph = document.Root!.Element(x + "graph")!;
        var edges = graph.Element(x + "edges")!.Elements(x + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        string? Interval(string id) => edges[id].Attribute("start")?.Value + ".." + edges[id].Attribute("end")?.Value;

        Assert.Equal("1.3", (string?)document.Root.Attribute("version"));
        Assert.Equal(("dynamic", "date"), ((string?)graph.Attribute("mode"), (string?)graph.Attribute("timeformat")));
        Assert.Equal("2016-04-01..2021-04-30", Interval(Sample.HoldsPosition.Id));
        Assert.Equal("2023-06-15..", Interval(Sample.Signed.Id));
        Assert.Equal("2020-01-01..", Interval(Sample.Cooperates.Id));
        Assert.Equal("..", Interval(Sample.PartOf.Id));
        Assert.Equal("undirected", (string?)edges[Sample.Cooperates.Id].Attribute("type"));
    }

    [Fact]
    public async Task Gexf_declares_kind_and_type_attributes_and_reads_back_the_store_s_ends_and_labels()
    {
        var document = XDocument.Load(new MemoryStream(await ExportAsync("gexf")));
        XNamespace x = GexfGraphExporter.Namespace;
        var graph = document.Root!.Element(x + "graph")!;
        var declared = graph.Elements(x + "attributes").SelectMany(a => a.Elements(x + "attribute").Select(d => ((string)a.Attribute("class")!, (string)d.Attribute("id")!))).ToHashSet();
        string Value(XElement element, string attribute) => (string)element.Descendants(x + "attvalue").Single(v => (string)v.Attribute("for")! == attribute).Attribute("value")!;

        Assert.Contains(("node", "kind"), declared);
        Assert.Contains(("edge", "type"), declared);
        Assert.Equal(
            _entities.Select(e => (e.Id, e.Name, e.Kind.Name())),
            graph.Element(x + "nodes")!.Elements(x + "node").Select(n => ((string)n.Attribute("id")!, (string)n.Attribute("label")!, Value(n, "kind"))));
        Assert.Equal(
            _relationships.Select(r => (r.Id, r.From, r.To, r.Type.Name())),
            graph.Element(x + "edges")!.Elements(x + "edge").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("source")!, (string)e.Attribute("target")!, Value(e, "type"))));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_export_counts_what_it_wrote(string format)
    {
        var counts = await GraphExporters.Find(format)!.WriteAsync(_store, Stream.Null);

        Assert.Equal(new ExportCounts(_entities.Count, _relationships.Count), counts);
    }

    public static TheoryData<string> Formats() => [.. GraphExporters.All.Select(e => e.Format)];

    private async Task<byte[]> ExportAsync(string format)
    {
        var exporter = GraphExporters.Find(format) ?? throw new InvalidOperationException($"no exporter '{format}'");
        using var output = new MemoryStream();
        await exporter.WriteAsync(_store, output);
        return output.ToArray();
    }

    private static string AllEntries(ZipArchive zip) =>
        string.Concat(zip.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return Strict.GetString(bytes.ToArray());
        }));

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
