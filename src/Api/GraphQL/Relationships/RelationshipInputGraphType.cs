using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Entities;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>The <c>RelationshipInput</c> of <c>upsertRelationship</c>; checked by the import's validators.</summary>
internal sealed class RelationshipInputGraphType : InputObjectGraphType<RelationshipInput>
{
    public RelationshipInputGraphType()
    {
        Name = "RelationshipInput";
        Field(r => r.Id, type: typeof(IdGraphType)).Description("rel:<slug>; derived from type, ends and validFrom when omitted");
        Field(r => r.Type, type: typeof(NonNullGraphType<RelationshipTypeGraphType>));
        Field(r => r.From, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.To, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.ValidFrom, nullable: true).Description("Partial date; null = unknown or open");
        Field(r => r.ValidTo, nullable: true).Description("Partial date; null = unknown or open");
        Field(r => r.Properties, type: typeof(ListGraphType<NonNullGraphType<PropertyInputGraphType>>));
        Field(r => r.Sources, type: typeof(ListGraphType<NonNullGraphType<SourceInputGraphType>>)).Description("At least one, with its quote");
    }
}
