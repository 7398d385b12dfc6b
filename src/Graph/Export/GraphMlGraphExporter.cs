using System.Xml;

using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>
/// GraphML for Gephi and yEd: every attribute declared with a <c>&lt;key&gt;</c> (Gephi shows <c>label</c> as the node and
/// edge label), directed edges by default and <c>directed="false"</c> on undirected types.
/// </summary>
internal sealed class GraphMlGraphExporter : IGraphExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"), ("kind", "node", "string"), ("names", "node", "string"), ("aliases", "node", "string"),
        ("date", "node", "string"), ("properties", "node", "string"), ("sources", "node", "string"),
        ("label", "edge", "string"), ("type", "edge", "string"), ("validFrom", "edge", "string"), ("validTo", "edge", "string"),
        ("attestedFrom", "edge", "string"), ("attestedTo", "edge", "string"), ("when", "edge", "string"),
        ("properties", "edge", "string"), ("sources", "edge", "string"),
    ];

    public string Format => "graphml";

    public string Extension => "graphml";

    public bool IsArchive => false;

    public async Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        long entities = 0, relationships = 0;
        await using var xml = ExportXml.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var (id, @for, type) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            // Node and edge keys share an attribute name but need distinct ids.
            await xml.WriteAttributeStringAsync(null, "id", null, $"{@for[0]}_{id}");
            await xml.WriteAttributeStringAsync(null, "for", null, @for);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, id);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "knowledge-graph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, entity.Id);
            await DataAsync(xml, "n_label", entity.Name);
            await DataAsync(xml, "n_kind", entity.Kind.Name());
            await DataAsync(xml, "n_names", ExportJson.Write(entity.Names));
            await DataAsync(xml, "n_aliases", ExportJson.Write(entity.Aliases));
            await DataAsync(xml, "n_date", entity.Date?.ToString());
            await DataAsync(xml, "n_properties", ExportJson.Write(entity.Properties));
            await DataAsync(xml, "n_sources", ExportJson.Write(entity.Sources));
            await xml.WriteEndElementAsync();
            entities++;
        }

        await foreach (var relationship in store.StreamRelationshipsAsync(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, relationship.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, relationship.From);
            await xml.WriteAttributeStringAsync(null, "target", null, relationship.To);
            if (!GraphOntology.Rule(relationship.Type).Directed)
                await xml.WriteAttributeStringAsync(null, "directed", null, "false");
            await DataAsync(xml, "e_label", relationship.Type.Name());
            await DataAsync(xml, "e_type", relationship.Type.Name());
            await DataAsync(xml, "e_validFrom", relationship.ValidFrom?.ToString());
            await DataAsync(xml, "e_validTo", relationship.ValidTo?.ToString());
            var time = relationship.Time;
            await DataAsync(xml, "e_attestedFrom", time.AttestedFrom?.ToString());
            await DataAsync(xml, "e_attestedTo", time.AttestedTo?.ToString());
            await DataAsync(xml, "e_when", time.Describe());
            await DataAsync(xml, "e_properties", ExportJson.Write(relationship.Properties));
            await DataAsync(xml, "e_sources", ExportJson.Write(relationship.Sources));
            await xml.WriteEndElementAsync();
            relationships++;
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new ExportCounts(entities, relationships);
    }

    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
            return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }
}
