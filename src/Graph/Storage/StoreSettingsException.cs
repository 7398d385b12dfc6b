namespace KnowledgeGraph.Storage;

/// <summary>The store settings name no store, or not enough to reach it; the message says every problem and the setting to fix.</summary>
public sealed class StoreSettingsException(string message) : Exception(message);
