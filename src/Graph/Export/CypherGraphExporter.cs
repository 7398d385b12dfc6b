using System.Globalization;
using System.Text;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Export;

/// <summary>
/// A Cypher script (cypher-shell -f graph.cypher) that creates the schema and MERGEs every document, entity and
/// relationship in the Neo4j backend's layout; re-running it is harmless. One statement per line.
/// </summary>
internal sealed class CypherGraphExporter : IGraphExporter
{
    public string Format => "cypher";

    public string Extension => "cypher";

    public bool IsArchive => false;

    public async Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        long entities = 0, relationships = 0;
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync("// Knowledge graph export. Run with: cypher-shell -f <this file>\n");
        foreach (var statement in CypherCatalog.Schema())
            await writer.WriteAsync(statement.Text.ReplaceLineEndings(" ") + ";\n");
        await foreach (var document in store.StreamDocumentsAsync(cancellationToken))
            await writer.WriteAsync(DocumentStatement(document) + "\n");
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            await writer.WriteAsync(EntityStatement(entity) + "\n");
            entities++;
        }

        await foreach (var relationship in store.StreamRelationshipsAsync(cancellationToken))
        {
            await writer.WriteAsync(RelationshipStatement(relationship) + "\n");
            relationships++;
        }

        await writer.WriteAsync($"MERGE (m:GraphMeta {{id: 'graph'}}) ON CREATE SET m.version = 1 ON MATCH SET m.version = m.version + 1;\n");
        return new ExportCounts(entities, relationships);
    }

    private static string DocumentStatement(Document document) =>
        $"MERGE (d:{Name(Neo4jDocuments.Label)} {{id: {Literal(document.Id)}}}) SET d = {Map(Neo4jDocuments.Properties, document)};";

    private static string EntityStatement(Entity entity)
    {
        var kindLabel = Neo4jRecords.EntityLabels(entity)[^1];
        return $"MERGE (n:{Neo4jRecords.EntityLabel} {{id: {Literal(entity.Id)}}}) SET n = {Map(Neo4jRecords.EntityProperties, entity)} SET n:{Name(kindLabel)};";
    }

    private static string RelationshipStatement(Relationship relationship) =>
        $"MATCH (a:{Neo4jRecords.EntityLabel} {{id: {Literal(relationship.From)}}}) MATCH (b:{Neo4jRecords.EntityLabel} {{id: {Literal(relationship.To)}}}) "
            + $"MERGE (a)-[r:{Name(relationship.Type.Name())} {{id: {Literal(relationship.Id)}}}]->(b) SET r = {Map(Neo4jRecords.RelationshipProperties, relationship)};";

    /// <summary>A record's properties as a Cypher map literal; an absent (null) property is left out, as the store leaves it unset.</summary>
    private static string Map<T>(IReadOnlyList<Neo4jProperty<T>> layout, T record) =>
        Map(layout.Select(p => (Property: p, Value: p.Read(record))).Where(e => e.Value is not null).Select(e => (e.Property.Name, Value(e.Property.Type, e.Value!))));

    private static string Value(Neo4jValueType type, object value) => type switch
    {
        Neo4jValueType.TextList => "[" + string.Join(", ", ((string[])value).Select(Literal)) + "]",
        Neo4jValueType.Date => $"date({Literal((string)value)})",
        _ => Literal((string)value),
    };

    private static string Map(IEnumerable<(string Key, string Value)> entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}")) + "}";

    private static string Name(string schemaName) => "`" + schemaName.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>
    /// A Cypher string literal: backslash and quote escaped, control characters, line separators and lone surrogates
    /// as \uXXXX, every other character (Vietnamese, Korean, emoji) kept as itself in UTF-8.
    /// </summary>
    internal static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        builder.Append(c).Append(value[++i]);
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('\'').ToString();
    }
}
