namespace KnowledgeGraph.Cli;

/// <summary>A command declined to run because it could lose or mix up data; the message says how to ask for it explicitly.</summary>
internal sealed class RefusalException(string message) : Exception(message);
