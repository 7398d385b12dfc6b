namespace KnowledgeGraph.Cli;

/// <summary>A command's input is unusable (a missing file, an option value out of range): its message says which and why.</summary>
internal sealed class InvalidInputException(string message) : Exception(message);
