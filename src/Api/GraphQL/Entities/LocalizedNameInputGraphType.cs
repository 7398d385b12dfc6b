using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>An entity's name in one language.</summary>
internal sealed class LocalizedNameInputGraphType : InputObjectGraphType<LocalizedNameInput>
{
    public LocalizedNameInputGraphType()
    {
        Name = "LocalizedNameInput";
        Field(n => n.Language).Description("Language code (vi, en, ko...)");
        Field(n => n.Name);
    }
}
