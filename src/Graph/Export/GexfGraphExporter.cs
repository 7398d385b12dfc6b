using System.Globalization;
using System.Xml;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>
/// GEXF 1.3 for Gephi: a dynamic graph whose relationships carry their validity as date intervals, so Gephi's timeline
/// shows the network at any date. Entity kind and relationship type are attributes; the type is also the edge's
/// <c>kind</c>, so relationships of different types between the same two entities stay apart.
/// </summary>
/// <remarks>
/// An interval runs from the first day of <c>validFrom</c>'s period to the last day of <c>validTo</c>'s
/// (<c>2016-04</c> to <c>2021</c> is 2016-04-01 .. 2021-12-31); an unknown start or end is left out, which Gephi reads
/// as open. Entities have no interval: they are present throughout.
/// </remarks>
internal sealed class GexfGraphExporter : IGraphExporter
{
    public const string Namespace = "http://gexf.net/1.3";
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The attributes declared for nodes and edges: id (also the title) and class.</summary>
    public static readonly (string Id, string Class)[] Attributes =
    [
        ("kind", "node"), ("date", "node"),
        ("type", "edge"), ("validFrom", "edge"), ("validTo", "edge"),
    ];

    public string Format => "gexf";

    public string Extension => "gexf";

    public bool IsArchive => false;

    public async Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        long entities = 0, relationships = 0;
        await using var xml = ExportXml.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaInstance);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaInstance, $"{Namespace} {Namespace}/gexf.xsd");
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteElementStringAsync(null, "creator", Namespace, "Cooperation Knowledge Graph (kg export)");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        foreach (var @class in new[] { "node", "edge" })
        {
            await xml.WriteStartElementAsync(null, "attributes", Namespace);
            await xml.WriteAttributeStringAsync(null, "class", null, @class);
            await xml.WriteAttributeStringAsync(null, "mode", null, "static");
            foreach (var (id, _) in Attributes.Where(a => a.Class == @class))
            {
                await xml.WriteStartElementAsync(null, "attribute", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, id);
                await xml.WriteAttributeStringAsync(null, "title", null, id);
                await xml.WriteAttributeStringAsync(null, "type", null, "string");
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, entity.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, entity.Name);
            await AttributeValuesAsync(xml, ("kind", entity.Kind.Name()), ("date", entity.Date?.ToString()));
            await xml.WriteEndElementAsync();
            entities++;
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Namespace);
        await foreach (var relationship in store.StreamRelationshipsAsync(cancellationToken))
        {
            await WriteEdgeAsync(xml, relationship);
            relationships++;
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new ExportCounts(entities, relationships);
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, Relationship relationship)
    {
        var type = relationship.Type.Name();
        await xml.WriteStartElementAsync(null, "edge", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, relationship.Id);
        await xml.WriteAttributeStringAsync(null, "source", null, relationship.From);
        await xml.WriteAttributeStringAsync(null, "target", null, relationship.To);
        if (!GraphOntology.Rule(relationship.Type).Directed)
            await xml.WriteAttributeStringAsync(null, "type", null, "undirected");
        await xml.WriteAttributeStringAsync(null, "label", null, type);
        await xml.WriteAttributeStringAsync(null, "kind", null, type);
        if (relationship.ValidFrom is { } from)
            await xml.WriteAttributeStringAsync(null, "start", null, from.Start.ToString(DateFormat, CultureInfo.InvariantCulture));
        if (relationship.ValidTo is { } to)
            await xml.WriteAttributeStringAsync(null, "end", null, to.End.ToString(DateFormat, CultureInfo.InvariantCulture));
        await AttributeValuesAsync(xml, ("type", type), ("validFrom", relationship.ValidFrom?.ToString()), ("validTo", relationship.ValidTo?.ToString()));
        await xml.WriteEndElementAsync();
    }

    private static async Task AttributeValuesAsync(XmlWriter xml, params (string For, string? Value)[] values)
    {
        await xml.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var (@for, value) in values)
        {
            if (value is null)
                continue;
            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, @for);
            await xml.WriteAttributeStringAsync(null, "value", null, value);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }
}
