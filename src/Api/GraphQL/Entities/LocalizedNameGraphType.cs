using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>An entity's name in one language.</summary>
internal sealed class LocalizedNameGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public LocalizedNameGraphType()
    {
        Name = "LocalizedName";
        Field<NonNullGraphType<StringGraphType>>("language").Description("Language code (vi, en, ko...)").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Value);
    }
}
