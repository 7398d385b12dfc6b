namespace KnowledgeGraph.Api.Playground;

/// <summary>A ready operation the playground offers: its button title, operation name and text.</summary>
internal sealed record PlaygroundExample(string Title, string Name, string Query);
