namespace KnowledgeGraph.Storage;

/// <summary>
/// A relationship of a batch names an entity that is neither stored nor written with it; the whole batch was refused
/// and nothing was written. Validation catches this before a write; a store throws it when a writer skipped that.
/// </summary>
internal sealed class MissingEndpointException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
