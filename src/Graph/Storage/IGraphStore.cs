using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The storage port. SQLite (embedded default) and Neo4j implement it and pass the same contract suite.
/// Writes are all-or-nothing per batch and idempotent; every write that changes content raises <see cref="GetVersionAsync"/>.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Which backend this is ("sqlite", "neo4j"), as health reports and logs name it.</summary>
    string Kind { get; }

    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>A number that increases on every write that changes content; projections are keyed by it.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The entities among <paramref name="ids"/> that exist, by id.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relationship with <paramref name="id"/>, or null.</summary>
    Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The relationships among <paramref name="ids"/> that exist, by id.</summary>
    Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Relationships touching <paramref name="entityId"/>, filtered by window, types and direction, ordered by date then id.</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every entity, in id order, without buffering the whole graph.</summary>
    IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship, in id order, without buffering the whole graph.</summary>
    IAsyncEnumerable<Relationship> StreamRelationshipsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship without properties or sources: what a projection needs, cheaply.</summary>
    IAsyncEnumerable<EdgeRecord> StreamEdgesAsync(CancellationToken cancellationToken = default);

    /// <summary>Entities whose name, names or aliases contain <paramref name="text"/>, ignoring case and diacritics; best matches first.</summary>
    Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default);

    /// <summary>The catalogued documents among <paramref name="ids"/> that exist, by id, with their text.</summary>
    Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The whole catalogue, in id order, with each document's text.</summary>
    IAsyncEnumerable<Document> StreamDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>The entities and relationships with a source citing the document, each in id order.</summary>
    Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Upserts a batch that was already validated; all of it or none of it is stored.</summary>
    /// <exception cref="MissingEndpointException">A relationship names an entity neither stored nor in the batch.</exception>
    Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Deletes a relationship; false when no relationship has that id.</summary>
    Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Counts by kind and type, with the version they were read at.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
