namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// What any endpoint answers when it fails unexpectedly, in every environment: a short problem document. ASP.NET Core's
/// developer page would show a stack trace, source paths and the request's headers (API keys included) to whoever
/// sent the request; the exception goes to the log instead.
/// </summary>
internal static class InternalErrorAnswer
{
    public static void Handle(IApplicationBuilder failed) => failed.Run(context =>
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsJsonAsync(
            new { title = "Internal error; the server log has the details.", status = StatusCodes.Status500InternalServerError },
            options: null, contentType: "application/problem+json");
    });
}
