using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>Turns validated records into model values and back (for exports that re-import unchanged).</summary>
public static class RecordMapping
{
    /// <summary>The entity of a validated record.</summary>
    public static Entity ToEntity(this EntityRecord record)
    {
        var kind = GraphOntology.ParseKind(record.Kind);
        return new Entity
        {
            Id = record.Id!.Trim(),
            Kind = kind,
            Name = record.Name!.Trim(),
            Names = (record.Names ?? []).ToImmutableSortedDictionary(n => n.Key, n => n.Value.Trim(), StringComparer.Ordinal),
            Aliases = [.. (record.Aliases ?? []).Select(a => a.Trim())],
            Date = record.Date is null ? null : PartialDate.Parse(record.Date),
            Properties = ToProperties(record.Properties),
            Sources = ToSources(record.Sources),
        };
    }

    /// <summary>The relationship of a validated record; its id is <see cref="Relationship.DefaultId"/> when the record names none.</summary>
    public static Relationship ToRelationship(this RelationshipRecord record)
    {
        var type = GraphOntology.ParseType(record.Type);
        var from = record.From!.Trim();
        var to = record.To!.Trim();
        var validFrom = record.ValidFrom is null ? (PartialDate?)null : PartialDate.Parse(record.ValidFrom);
        return new Relationship
        {
            Id = string.IsNullOrWhiteSpace(record.Id) ? Relationship.DefaultId(type, from, to, validFrom) : record.Id.Trim(),
            Type = type,
            From = from,
            To = to,
            ValidFrom = validFrom,
            ValidTo = record.ValidTo is null ? null : PartialDate.Parse(record.ValidTo),
            Properties = ToProperties(record.Properties),
            Sources = ToSources(record.Sources),
        };
    }

    /// <summary>The record that imports back as <paramref name="entity"/>.</summary>
    public static EntityRecord ToRecord(this Entity entity) => new()
    {
        Id = entity.Id,
        Kind = entity.Kind.Name(),
        Name = entity.Name,
        Names = new Dictionary<string, string>(entity.Names),
        Aliases = [.. entity.Aliases],
        Date = entity.Date?.ToString(),
        Properties = new Dictionary<string, string>(entity.Properties),
        Sources = [.. entity.Sources.Select(ToRecord)],
    };

    /// <summary>The record that imports back as <paramref name="relationship"/>.</summary>
    public static RelationshipRecord ToRecord(this Relationship relationship) => new()
    {
        Id = relationship.Id,
        Type = relationship.Type.Name(),
        From = relationship.From,
        To = relationship.To,
        ValidFrom = relationship.ValidFrom?.ToString(),
        ValidTo = relationship.ValidTo?.ToString(),
        Properties = new Dictionary<string, string>(relationship.Properties),
        Sources = [.. relationship.Sources.Select(ToRecord)],
    };

    private static SourceRecord ToRecord(Source source) => new()
    {
        Document = source.Document,
        Url = source.Url,
        Quote = source.Quote,
        Language = source.Language,
        AsOf = source.AsOf?.ToString(),
        Translation = source.Translation,
        Note = source.Note,
        ReviewedBy = source.ReviewedBy,
        ReviewedAt = source.ReviewedAt is { } reviewed ? ReviewTime.Format(reviewed) : null,
    };

    private static ImmutableSortedDictionary<string, string> ToProperties(Dictionary<string, string>? properties) =>
        (properties ?? []).ToImmutableSortedDictionary(p => p.Key.Trim(), p => p.Value, StringComparer.Ordinal);

    private static ImmutableArray<Source> ToSources(List<SourceRecord>? sources) =>
        [.. (sources ?? []).Select(s => new Source(
            Blank(s.Document), Blank(s.Url), s.Quote!, Blank(s.Language), s.AsOf is null ? null : PartialDate.Parse(s.AsOf), Blank(s.Translation), Blank(s.Note),
            Blank(s.ReviewedBy), s.ReviewedAt is null ? null : ReviewTime.Parse(s.ReviewedAt)))];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
