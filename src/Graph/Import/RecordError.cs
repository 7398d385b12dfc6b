namespace KnowledgeGraph.Import;

/// <summary>One reason a record was refused: where it is, which field, what was wrong and the offending value.</summary>
public sealed record RecordError(string Location, string Field, string Message, string? Value = null)
{
    /// <summary>The error as one line: location, field, message and the value when known.</summary>
    public override string ToString() =>
        Value is null ? $"{Location}: {Field}: {Message}" : $"{Location}: {Field}: {Message} (value: '{Value}')";
}
