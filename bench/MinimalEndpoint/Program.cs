// A minimal ASP.NET Core endpoint: what any GraphQL answer over Kestrel costs at least (routing, reading nothing, writing
// a small fixed JSON body).
const string FixedJson = """{"data":{"__typename":"Query"}}""";

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapPost("/graphql", () => Results.Text(FixedJson, "application/json"));
await app.RunAsync();
