using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>The <c>Relationship</c> type: a dated, sourced edge between two entities.</summary>
internal sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Type, type: typeof(NonNullGraphType<RelationshipTypeGraphType>));
        Field<NonNullGraphType<EntityGraphType>>("from").ResolveAsync(async c => await c.Entities().LoadAsync(c.Source.From, c.CancellationToken));
        Field<NonNullGraphType<EntityGraphType>>("to").ResolveAsync(async c => await c.Entities().LoadAsync(c.Source.To, c.CancellationToken));
        Field<PartialDateGraphType>("validFrom").Description("Start of validity; null = unknown or open").Resolve(c => c.Source.ValidFrom);
        Field<PartialDateGraphType>("validTo").Description("End of validity; null = unknown or open").Resolve(c => c.Source.ValidTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Properties);
        Field<StringGraphType>("property")
            .Description("One property's value (title, role, areas, amount), or null")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(c.GetArgument<string>("key")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Resolve(c => c.Source.Sources);
    }
}
