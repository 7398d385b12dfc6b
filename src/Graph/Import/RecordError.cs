namespace KnowledgeGraph.Import;

/// <summary>One reason a record was refused: where it is, which field, what was wrong and the offending value.</summary>
public sealed record RecordError(string Location, string Field, string Message, string? Value = null)
{
    public override string ToString() =>
        Value is null ? $"{Location}: {Field}: {Message}" : $"{Location}: {Field}: {Message} (value: '{Value}')";
}
