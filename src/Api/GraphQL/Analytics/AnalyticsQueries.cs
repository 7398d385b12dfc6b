using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>
/// <c>shortestPath</c>, <c>paths</c> and <c>influence</c>, answered by <see cref="GraphAnalytics"/> on the in-memory projection.
/// Paths follow relationships in either direction and only those valid in [since, until]. Defaults are
/// <see cref="QueryDefaults"/>; the engine's refusals reach the client through <see cref="Errors.EngineErrors"/>.
/// </summary>
internal sealed class AnalyticsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<PathGraphType>("shortestPath")
            .Weighs(FieldCost.AnalyticsWeight)
            .Description("A fewest-hops path over relationships valid in [since, until], followed in either direction; null when none within maxHops")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = QueryDefaults.Evidence)
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = QueryDefaults.MaxHops)
            .ResolveAsync(async c =>
            {
                var path = await c.Service<GraphAnalytics>().ShortestPathAsync(
                    c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.Window(), c.GetArgument<int>("maxHops"), c.CancellationToken);
                Remember(c, path is null ? [] : [path]);
                return path;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths")
            .Weighs(FieldCost.AnalyticsWeight, perItem: true)
            .Description("Up to k simple paths (distinct entity sequences), fewest hops first, over relationships valid in [since, until]")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("k", a => a.DefaultValue = QueryDefaults.Paths)
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = QueryDefaults.Evidence)
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = QueryDefaults.MaxHops)
            .Heavy()
            .ResolveAsync(async c =>
            {
                var paths = await c.Service<GraphAnalytics>().PathsAsync(
                    c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("k"), c.Window(), c.GetArgument<int>("maxHops"), c.CancellationToken);
                Remember(c, paths);
                return paths;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceScoreGraphType>>>>("influence")
            .Weighs(FieldCost.AnalyticsWeight)
            .Description("The most central entities over relationships valid in [since, until], among those with a relationship in it; kinds filters the list, not the graph scored")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = QueryDefaults.Evidence)
            .Argument<InfluenceAlgorithmGraphType>("algorithm", a => a.DefaultValue = InfluenceAlgorithm.PageRank)
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds")
            .Argument<IdGraphType>("around", a => a.Description = "Personalise PageRank around this entity")
            .Argument<IntGraphType>("top", a => a.DefaultValue = QueryDefaults.Top)
            .Heavy()
            .ResolveAsync(async c =>
            {
                var query = new InfluenceQuery
                {
                    Window = c.Window(),
                    Algorithm = c.GetArgument<InfluenceAlgorithm>("algorithm"),
                    Kinds = c.GetArgument<List<EntityKind>?>("kinds"),
                    Around = c.GetArgument<string?>("around"),
                    Top = c.GetArgument<int>("top"),
                };
                return await c.Service<GraphAnalytics>().InfluenceAsync(query, c.CancellationToken);
            });
    }

    /// <summary>Entities already loaded with a path need not be read again when a relationship's ends are asked for.</summary>
    private static void Remember(IResolveFieldContext context, IEnumerable<PathResult> paths)
    {
        foreach (var path in paths)
        {
            foreach (var entity in path.Entities)
                context.Entities().Remember(entity);
        }
    }
}
