using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Documents;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>The <c>EntityInput</c> of <c>upsertEntity</c>; checked by the import's validators.</summary>
internal sealed class EntityInputGraphType : InputObjectGraphType<EntityInput>
{
    public EntityInputGraphType()
    {
        Name = "EntityInput";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Readable id following the convention of its kind (country:VNM, person:thea-lee...)");
        Field(e => e.Kind, type: typeof(NonNullGraphType<EntityKindGraphType>));
        Field(e => e.Name).Description("Canonical English name");
        Field(e => e.Names, type: typeof(ListGraphType<NonNullGraphType<LocalizedNameInputGraphType>>));
        Field(e => e.Aliases, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>));
        Field(e => e.Date, nullable: true).Description("Partial date: yyyy, yyyy-MM or yyyy-MM-dd");
        Field(e => e.Properties, type: typeof(ListGraphType<NonNullGraphType<PropertyInputGraphType>>));
        Field(e => e.Sources, type: typeof(ListGraphType<NonNullGraphType<SourceInputGraphType>>)).Description("At least one, with its quote");
    }
}
