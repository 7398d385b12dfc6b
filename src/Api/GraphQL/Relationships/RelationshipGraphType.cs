using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>The <c>Relationship</c> type: a dated, sourced edge between two entities.</summary>
internal sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A dated, sourced edge between two entities. " + EvidenceModeGraphType.Rule;
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Type, type: typeof(NonNullGraphType<RelationshipTypeGraphType>));
        Field<NonNullGraphType<EntityGraphType>>("from").ResolveAsync(async c => await c.Entities().LoadAsync(c.Source.From, c.CancellationToken));
        Field<NonNullGraphType<EntityGraphType>>("to").ResolveAsync(async c => await c.Entities().LoadAsync(c.Source.To, c.CancellationToken));
        Field<PartialDateGraphType>("validFrom").Description("Start a source states (or an inference from stated facts, marked in properties); null = no source says").Resolve(c => c.Source.ValidFrom);
        Field<PartialDateGraphType>("validTo").Description("End a source states; null = no source says").Resolve(c => c.Source.ValidTo);
        Field<PartialDateGraphType>("attestedFrom").Description("Earliest asOf of its sources: the first date a source shows it holding, not a start").Resolve(c => c.Source.Time.AttestedFrom);
        Field<PartialDateGraphType>("attestedTo").Description("Latest asOf of its sources").Resolve(c => c.Source.Time.AttestedTo);
        Field<NonNullGraphType<StringGraphType>>("when")
            .Description("The dates as an analyst reads them: \"since 2016\" only for a stated start, \"by 2023 (start not stated)\" when sources only show it holding")
            .Resolve(c => c.Source.Time.Describe());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Properties);
        Field<StringGraphType>("property")
            .Description("One property's value (title, role, areas, amount), or null")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(c.GetArgument<string>("key")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Resolve(c => c.Source.Sources);
    }
}
