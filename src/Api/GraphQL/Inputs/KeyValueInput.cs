namespace KnowledgeGraph.Api.GraphQL.Inputs;

/// <summary>A name by language (<c>language</c>/<c>name</c>) or a property (<c>key</c>/<c>value</c>) as sent by a client.</summary>
internal sealed class LocalizedNameInput
{
    public string Language { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>A property as sent by a client.</summary>
internal sealed class PropertyInput
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
