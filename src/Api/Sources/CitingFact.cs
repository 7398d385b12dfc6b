namespace KnowledgeGraph.Api.Sources;

/// <summary>A fact citing a quote: how the viewer names it and where the explorer shows it.</summary>
internal sealed record CitingFact(string Id, string Label, string ExplorerLink);
