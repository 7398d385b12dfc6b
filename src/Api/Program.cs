using KnowledgeGraph.Api.Curate;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Analytics;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Hosting.Health;
using KnowledgeGraph.Api.Hosting.Telemetry;
using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Api.Views;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddTelemetry();
builder.AddGraphQLApi();
builder.AddThrottling();
builder.AddGraphAnalytics();
builder.AddHealth();

var app = builder.Build();
app.UseExceptionHandler(InternalErrorAnswer.Handle);
app.MapHealth();
app.MapGraphQLApi();
app.MapPlayground();
app.MapExplorer();
app.MapSourceViewer();
app.MapCurate();
app.MapPartnerMap();
app.MapTimelineView();
app.LogPageAddressesOnStart();
await app.MigrateGraphStoreAsync();
await app.SeedGraphAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
