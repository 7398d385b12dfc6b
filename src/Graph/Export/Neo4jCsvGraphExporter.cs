using System.IO.Compression;
using System.Text;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Export;

/// <summary>
/// A zip of <c>nodes.csv</c>, <c>documents.csv</c> (the catalogue, as <c>:Document</c> nodes) and <c>relationships.csv</c> with headers for <c>neo4j-admin database import full</c>
/// (<c>:ID</c>, <c>:LABEL</c>, <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, typed columns such as <c>validStart:date</c>),
/// laid out as the Neo4j backend stores the graph, so the imported database can be served directly; <c>import.txt</c> has the command.
/// </summary>
internal sealed class Neo4jCsvGraphExporter : IGraphExporter
{
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string DocumentsFile = "documents.csv";
    public const char ArrayDelimiter = '|';

    public static readonly string[] NodeHeader = NodeColumns(Neo4jRecords.EntityProperties);
    public static readonly string[] DocumentHeader = NodeColumns(Neo4jDocuments.Properties);

    /// <summary>The ends and type, then the Neo4j backend's relationship properties.</summary>
    public static readonly string[] RelationshipHeader = [":START_ID", ":END_ID", ":TYPE", .. Neo4jRecords.RelationshipProperties.Select(Column)];

    public string Format => "neo4j-csv";

    public string Extension => "zip";

    public bool IsArchive => true;

    public async Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        long entities = 0, relationships = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var nodes = new StreamWriter(zip.CreateEntry(NodesFile).Open(), new UTF8Encoding(false)))
        {
            await WriteRowAsync(nodes, NodeHeader);
            await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
            {
                await WriteRowAsync(nodes, NodeRow(entity));
                entities++;
            }
        }

        await using (var documents = new StreamWriter(zip.CreateEntry(DocumentsFile).Open(), new UTF8Encoding(false)))
        {
            await WriteRowAsync(documents, DocumentHeader);
            await foreach (var document in store.StreamDocumentsAsync(cancellationToken))
                await WriteRowAsync(documents, DocumentRow(document));
        }

        await using (var edges = new StreamWriter(zip.CreateEntry(RelationshipsFile).Open(), new UTF8Encoding(false)))
        {
            await WriteRowAsync(edges, RelationshipHeader);
            await foreach (var relationship in store.StreamRelationshipsAsync(cancellationToken))
            {
                await WriteRowAsync(edges, RelationshipRow(relationship));
                relationships++;
            }
        }

        await using var readme = new StreamWriter(zip.CreateEntry("import.txt").Open(), new UTF8Encoding(false));
        await readme.WriteAsync(
            $"""
            Load into an empty, stopped database, then start it and run cypher/schema.cypher:
              neo4j-admin database import full neo4j --nodes={NodesFile} --nodes={DocumentsFile} --relationships={RelationshipsFile} --array-delimiter="{ArrayDelimiter}" --multiline-fields=true --overwrite-destination

            """);
        return new ExportCounts(entities, relationships);
    }

    private static string?[] NodeRow(Entity entity) =>
        NodeFields(Neo4jRecords.EntityProperties, entity, entity.Id, string.Join(';', Neo4jRecords.EntityLabels(entity)));

    // Document ids are file names and entity ids carry their kind's prefix, so the two share neo4j-admin's one id space.
    private static string?[] DocumentRow(Document document) => NodeFields(Neo4jDocuments.Properties, document, document.Id, Neo4jDocuments.Label);

    private static string?[] RelationshipRow(Relationship relationship) =>
        [relationship.From, relationship.To, relationship.Type.Name(), .. Neo4jRecords.RelationshipProperties.Select(p => Field(p, relationship, relationship.Id))];

    /// <summary>The <c>id:ID</c> column (which neo4j-admin also stores as the <c>id</c> property), the labels, then every other property.</summary>
    private static string[] NodeColumns<T>(IReadOnlyList<Neo4jProperty<T>> layout) => ["id:ID", ":LABEL", .. layout.Where(p => p.Name != "id").Select(Column)];

    private static string?[] NodeFields<T>(IReadOnlyList<Neo4jProperty<T>> layout, T record, string id, string labels) =>
        [id, labels, .. layout.Where(p => p.Name != "id").Select(p => Field(p, record, id))];

    private static string Column<T>(Neo4jProperty<T> property) => property.Type switch
    {
        Neo4jValueType.TextList => property.Name + ":string[]",
        Neo4jValueType.Date => property.Name + ":date",
        _ => property.Name,
    };

    private static string? Field<T>(Neo4jProperty<T> property, T record, string id) => property.Read(record) switch
    {
        string[] list => string.Join(ArrayDelimiter, list.Select(item => item.Contains(ArrayDelimiter, StringComparison.Ordinal)
            ? throw new InvalidDataException($"{property.Name} '{item}' of {id} contains the array delimiter '{ArrayDelimiter}'")
            : item)),
        var value => (string?)value,
    };

    /// <summary>Every non-empty field quoted, quotes doubled; an empty field means "no value" to neo4j-admin.</summary>
    private static Task WriteRowAsync(StreamWriter writer, IEnumerable<string?> fields) =>
        writer.WriteAsync(string.Join(',', fields.Select(f => string.IsNullOrEmpty(f) ? "" : "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n");
}
