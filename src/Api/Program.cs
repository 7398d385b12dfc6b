using KnowledgeGraph.Api.Curate;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Analytics;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Hosting.Health;
using KnowledgeGraph.Api.Hosting.Pages;
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

// Middleware, in the order a request meets it: an unhandled error becomes a plain 500 without details, then each
// page's own files and libraries (a request that matches none goes on to the endpoints below).
app.UseExceptionHandler(InternalErrorAnswer.Handle);
app.UseStaticFiles(PlaygroundEndpoints.Files(app.Environment));
app.UseStaticFiles(ExplorerEndpoints.Files(app.Environment));
app.UseStaticFiles(ViewPages.PartnerMap.Files(app.Environment));
app.UseStaticFiles(ViewPages.Timeline.Files(app.Environment));
app.UseStaticFiles(CurateEndpoints.Files(app.Environment));
app.UseStaticFiles(SourceViewerEndpoints.Files(app.Environment));

// Endpoints.
app.MapHealth();
app.MapGraphQLApi();
app.MapPlayground();
app.MapExplorer();
app.MapViews();
app.MapSourceViewer();
app.MapCurate();

app.LogPageAddressesOnStart();
await app.MigrateGraphStoreAsync();
await app.SeedGraphAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
