using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>An entity to create or replace, as sent by a client; becomes an <see cref="EntityRecord"/> for the importer.</summary>
internal sealed class EntityInput
{
    public string Id { get; set; } = "";
    public EntityKind Kind { get; set; }
    public string Name { get; set; } = "";
    public List<LocalizedNameInput>? Names { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Date { get; set; }
    public List<PropertyInput>? Properties { get; set; }
    public List<SourceRecord>? Sources { get; set; }

    public EntityRecord ToRecord(List<FieldFailure> failures) => new()
    {
        Id = Id,
        Kind = Kind.Name(),
        Name = Name,
        Names = KeyValues.ToDictionary(Names, n => n.Language, n => n.Name, "input.names", "language", failures),
        Aliases = Aliases,
        Date = Date,
        Properties = KeyValues.ToDictionary(Properties, p => p.Key, p => p.Value, "input.properties", "key", failures),
        Sources = Sources,
    };
}
