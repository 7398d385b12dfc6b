using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>A relationship to create or replace, as sent by a client; becomes a <see cref="RelationshipRecord"/>.</summary>
internal sealed class RelationshipInput
{
    public string? Id { get; set; }
    public RelationshipType Type { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public List<PropertyInput>? Properties { get; set; }
    public List<SourceRecord>? Sources { get; set; }

    public RelationshipRecord ToRecord(List<FieldFailure> failures) => new()
    {
        Id = Id,
        Type = Type.Name(),
        From = From,
        To = To,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        Properties = KeyValues.ToDictionary(Properties, p => p.Key, p => p.Value, "input.properties", "key", failures),
        Sources = Sources,
    };
}
