using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

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

/// <summary>Lists of pairs become dictionaries; a repeated key is a failure rather than a silent overwrite.</summary>
internal static class KeyValues
{
    public static Dictionary<string, string>? ToDictionary<T>(
        List<T>? items, Func<T, string> key, Func<T, string> value, string path, string keyName, List<FieldFailure> failures)
    {
        if (items is null)
            return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!result.TryAdd(key(items[i]), value(items[i])))
                failures.Add(new FieldFailure($"{path}[{i}].{keyName}", $"'{key(items[i])}' appears more than once"));
        }

        return result;
    }
}
