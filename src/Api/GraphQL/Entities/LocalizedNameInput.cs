namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>A name in one language (<c>language</c>/<c>name</c>) as sent by a client.</summary>
internal sealed class LocalizedNameInput
{
    public string Language { get; set; } = "";
    public string Name { get; set; } = "";
}
