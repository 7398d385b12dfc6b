namespace KnowledgeGraph.Import;

/// <summary>Records read from one or more files, with the errors met while reading them.</summary>
public sealed class RecordBatch
{
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly HashSet<(string Location, string Member)> _unreadable = [];

    /// <summary>Document records, each with where it was read.</summary>
    public List<Located<DocumentRecord>> Documents { get; } = [];

    /// <summary>Entity records, each with where it was read.</summary>
    public List<Located<EntityRecord>> Entities { get; } = [];

    /// <summary>Relationship records, each with where it was read.</summary>
    public List<Located<RelationshipRecord>> Relationships { get; } = [];

    /// <summary>Errors met while reading, before any validation.</summary>
    public List<RecordError> Errors { get; } = [];

    /// <summary>
    /// The reading errors and <paramref name="validationErrors"/> together, in the order the records were read (a
    /// record's reading errors first), without a validation error about a member that could not be read at all.
    /// Locations that were not read from a file (mutations, generated records) keep their order, after the others.
    /// </summary>
    public IReadOnlyList<RecordError> InRecordOrder(IEnumerable<RecordError> validationErrors) =>
    [
        .. Errors.Concat(validationErrors.Where(e => !_unreadable.Contains((e.Location, Member(e.Field)))))
            .OrderBy(e => _order.GetValueOrDefault(e.Location, int.MaxValue)),
    ];

    internal static RecordBatch Failed(RecordError error)
    {
        var batch = new RecordBatch();
        batch.Errors.Add(error);
        return batch;
    }

    /// <summary>Notes that the record or file at <paramref name="location"/> comes next in reading order.</summary>
    internal void Reading(string location) => _order.TryAdd(location, _order.Count);

    /// <summary>A member whose value could not be read: its error, and the member left out of the record.</summary>
    internal void AddUnreadable(RecordError error)
    {
        Errors.Add(error);
        _unreadable.Add((error.Location, Member(error.Field)));
    }

    /// <summary>The record member a field path starts with: <c>sources</c> for <c>sources[0].quote</c>.</summary>
    private static string Member(string field) => field.Split('[', '.')[0];
}
