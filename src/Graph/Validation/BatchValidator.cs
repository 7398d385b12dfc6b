using FluentValidation;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Validation;

/// <summary>
/// Validates a whole batch: every record on its own, then what needs the batch and the store together —
/// duplicate ids, relationship ends that exist, kinds the ontology allows, cited documents that are catalogued and hold
/// the quotes.
/// Returns every failure; the batch is only built when there is none.
/// </summary>
/// <remarks>
/// Ends and kinds are checked on every record whose ids and kind or type can be read, valid or not, so a record with a
/// bad date still has its unknown end reported, and a relationship to an entity with a bad date is not told the
/// entity does not exist.
/// </remarks>
internal sealed class BatchValidator(ValidationOptions options)
{
    private readonly EntityRecordValidator _entityValidator = new(options);
    private readonly RelationshipRecordValidator _relationshipValidator = new(options);
    private readonly DocumentRecordValidator _documentValidator = new();

    public async Task<BatchValidation> ValidateAsync(
        IReadOnlyList<Located<EntityRecord>> entities,
        IReadOnlyList<Located<RelationshipRecord>> relationships,
        IGraphStore store,
        IReadOnlyList<Located<DocumentRecord>>? documents = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<RecordError>();
        var validDocuments = ValidateEach(documents ?? [], _documentValidator, DocumentMapping.ToDocument, errors);
        var validEntities = ValidateEach(entities, _entityValidator, RecordMapping.ToEntity, errors);
        var validRelationships = ValidateEach(relationships, _relationshipValidator, RecordMapping.ToRelationship, errors);

        var kinds = await KnownKindsAsync(entities, relationships, store, cancellationToken);
        CheckDuplicates(validDocuments, d => d.Id, "id", errors);
        CheckDuplicates(validEntities, e => e.Id, "id", errors);
        CheckDuplicates(validRelationships, r => r.Id, "id", errors);
        CheckEnds(relationships, kinds, errors);
        await CheckCitationsAsync(validDocuments, validEntities, validRelationships, store, errors, cancellationToken);

        return errors.Count > 0
            ? new BatchValidation(errors, null)
            : new BatchValidation([], new GraphBatch([.. validEntities.Select(e => e.Record)], [.. validRelationships.Select(r => r.Record)])
            {
                Documents = [.. validDocuments.Select(d => d.Record)],
            });
    }

    /// <summary>Every cited document against the batch's catalogue records, else the stored ones.</summary>
    private static async Task CheckCitationsAsync(
        List<Located<Document>> documents, List<Located<Entity>> entities, List<Located<Relationship>> relationships,
        IGraphStore store, List<RecordError> errors, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var (_, document) in documents)
            known[document.Id] = document;
        var cited = entities.SelectMany(e => CitationRules.CitedIds(e.Record.Sources))
            .Concat(relationships.SelectMany(r => CitationRules.CitedIds(r.Record.Sources)))
            .Where(id => !known.ContainsKey(id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (id, document) in await store.GetDocumentsAsync(cited, cancellationToken))
            known[id] = document;
        foreach (var (location, entity) in entities)
            CitationRules.Check(location, entity.Sources, known, errors);
        foreach (var (location, relationship) in relationships)
            CitationRules.Check(location, relationship.Sources, known, errors);

        // A document replaced by the batch must still hold the quotes of the stored facts the batch leaves as they are.
        var replaced = entities.Select(e => e.Record.Id).Concat(relationships.Select(r => r.Record.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var (location, document) in documents.Where(d => d.Record.Text is not null))
        {
            var citations = await store.GetCitationsAsync(document.Id, cancellationToken);
            var facts = citations.Entities.Select(e => (e.Id, e.Sources)).Concat(citations.Relationships.Select(r => (r.Id, r.Sources)));
            foreach (var (id, sources) in facts.Where(f => !replaced.Contains(f.Id)))
                CitationRules.CheckStillQuoted(location, document, id, sources, errors);
        }
    }

    /// <summary>The kind of every entity the batch mentions: the batch's own, else the stored one.</summary>
    private static async Task<Dictionary<string, EntityKind>> KnownKindsAsync(
        IReadOnlyList<Located<EntityRecord>> entities, IReadOnlyList<Located<RelationshipRecord>> relationships, IGraphStore store, CancellationToken cancellationToken)
    {
        var mentioned = entities.Select(e => Id(e.Record.Id))
            .Concat(relationships.SelectMany(r => new[] { Id(r.Record.From), Id(r.Record.To) }))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var stored = await store.GetEntitiesAsync(mentioned, cancellationToken);
        var kinds = stored.ToDictionary(s => s.Key, s => s.Value.Kind, StringComparer.Ordinal);
        // Ids carry their kind's prefix, so a batch entity can only restate a stored entity's kind, never change it.
        foreach (var (_, entity) in entities)
        {
            if (Id(entity.Id) is { } id && GraphOntology.TryParseKind(entity.Kind, out var kind))
                kinds[id] = kind;
        }

        return kinds;
    }

    private static void CheckEnds(IReadOnlyList<Located<RelationshipRecord>> relationships, Dictionary<string, EntityKind> kinds, List<RecordError> errors)
    {
        foreach (var (location, relationship) in relationships)
        {
            var from = Id(relationship.From);
            var to = Id(relationship.To);
            var fromKnown = from is not null && kinds.ContainsKey(from);
            var toKnown = to is not null && kinds.ContainsKey(to);
            if (from is not null && !fromKnown)
                errors.Add(new(location, "from", "no entity has this id, in the batch or the store", from));
            if (to is not null && !toKnown)
                errors.Add(new(location, "to", "no entity has this id, in the batch or the store", to));
            if (!fromKnown || !toKnown || !GraphOntology.TryParseType(relationship.Type, out var type))
                continue;
            var (fromKind, toKind) = (kinds[from!], kinds[to!]);
            var rule = GraphOntology.Rule(type);
            if (!rule.Allows(fromKind, toKind))
            {
                errors.Add(new(location, "type",
                    $"{rule.Name} cannot connect {fromKind.Name()} '{from}' to {toKind.Name()} '{to}'; it connects {Describe(rule.From)} to {Describe(rule.To)}",
                    rule.Name));
            }
        }
    }

    /// <summary>An id as the mapping stores it (trimmed), or null when there is none to check.</summary>
    private static string? Id(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void CheckDuplicates<T>(List<Located<T>> records, Func<T, string> id, string field, List<RecordError> errors)
    {
        var seen = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var located in records)
        {
            var key = id(located.Record);
            if (!seen.TryAdd(key, located) && !Equals(seen[key].Record, located.Record))
                errors.Add(new(located.Location, field, $"the batch defines this id twice with different content (first at {seen[key].Location})", key));
        }
    }

    /// <summary>
    /// Validates and maps every record on its own, on all cores for large batches (records are independent), and
    /// reports failures in record order so the output reads like the file.
    /// </summary>
    private static List<Located<TModel>> ValidateEach<TRecord, TModel>(
        IReadOnlyList<Located<TRecord>> records, IValidator<TRecord> validator, Func<TRecord, TModel> map, List<RecordError> errors)
        where TModel : class
    {
        const int ParallelThreshold = 2_000;
        var results = new (TModel? Model, FluentValidation.Results.ValidationResult Result)[records.Count];
        void Check(int i)
        {
            var result = validator.Validate(records[i].Record);
            results[i] = (result.IsValid ? map(records[i].Record) : null, result);
        }

        if (records.Count < ParallelThreshold)
        {
            for (var i = 0; i < records.Count; i++)
                Check(i);
        }
        else
        {
            Parallel.For(0, records.Count, Check);
        }

        var valid = new List<Located<TModel>>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (model, result) = results[i];
            foreach (var failure in result.Errors)
                errors.Add(new(records[i].Location, ToFieldPath(failure.PropertyName), failure.ErrorMessage, failure.AttemptedValue as string));
            if (model is not null)
                valid.Add(new(records[i].Location, model));
        }

        return valid;
    }

    /// <summary>FluentValidation says <c>Sources[0].Quote</c>; records are JSON, so report <c>sources[0].quote</c>.</summary>
    private static string ToFieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string Describe(IReadOnlySet<EntityKind> kinds) => string.Join("/", kinds.Order().Select(k => k.Name()));
}
