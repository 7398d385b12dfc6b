using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddNeo4jStoreWhenSelected();

var app = builder.Build();
app.MapHealth();
await app.SeedGraphAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
