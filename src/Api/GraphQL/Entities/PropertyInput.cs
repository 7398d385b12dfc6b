namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>A property as sent by a client.</summary>
internal sealed class PropertyInput
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
