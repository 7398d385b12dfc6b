using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

using GraphQLParser;
using GraphQLParser.Exceptions;

using KnowledgeGraph.Api.GraphQL.Errors;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Holds a document to the limits before graphql-dotnet validates it, so no rule ever walks an oversized or explosive
/// document: tokens are counted while lexing, the parser stops at its depth, and <see cref="DocumentCost"/> measures
/// fields, aliases, fragments, depth and cost in linear time. Cached documents are costed again, because the cost
/// depends on the variables. A refused document is logged with its text cut short.
/// </summary>
internal sealed class DocumentGate(IOptions<GraphQLLimitsOptions> options, ILogger<DocumentGate> logger) : IConfigureExecution
{
    private readonly GraphQLLimitsOptions limits = options.Value;

    /// <summary>Inside the document cache (200), so a cache hit arrives here with its document.</summary>
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var error = options.Document is null && options.Query is { } query ? Parse(query, options) : null;
        if (error is null && options.Document is { } document && options.Schema is { } schema)
        {
            if (!schema.Initialized)
                schema.Initialize();
            error = Check(DocumentCost.Measure(document, schema, options.Variables, limits));
        }

        if (error is null)
            return next(options);
        logger.LogInformation("Refused a GraphQL document ({Code}): {Query}", error.Code, Shorten(options.Query ?? string.Empty));
        return Task.FromResult(new ExecutionResult(error));
    }

    private ExecutionError? Parse(string query, ExecutionOptions options)
    {
        try
        {
            var tokens = CountTokens(query);
            if (tokens > limits.MaxTokens)
                return new LimitExceededError(ErrorCodes.TokenLimit, "query", $"The document has more than {limits.MaxTokens} tokens, the limit.");
            options.Document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new LimitExceededError(ErrorCodes.DepthLimit, "query", $"The document is nested more than {limits.MaxParserDepth} levels deep, the limit.");
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            return new SyntaxError(syntax);
        }
    }

    /// <summary>Tokens up to one past the limit: lexing stops there, so a huge document costs no more than a large one.</summary>
    private int CountTokens(string query)
    {
        var count = 0;
        var position = 0;
        while (count <= limits.MaxTokens)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF)
                break;
            count++;
            position = token.End;
        }

        return count;
    }

    private LimitExceededError? Check(DocumentMeasurement measured)
    {
        if (measured.Fields > limits.MaxFields)
            return new LimitExceededError(ErrorCodes.FieldLimit, "query", $"The document selects {measured.Fields} fields; the limit is {limits.MaxFields}.");
        if (measured.Aliases > limits.MaxAliases)
            return new LimitExceededError(ErrorCodes.AliasLimit, "query", $"The document has {measured.Aliases} aliases; the limit is {limits.MaxAliases}.");
        if (measured.Fragments > limits.MaxFragments)
            return new LimitExceededError(ErrorCodes.FragmentLimit, "query", $"The document defines {measured.Fragments} fragments; the limit is {limits.MaxFragments}.");
        if (measured.Depth > limits.MaxDepth)
            return new LimitExceededError(ErrorCodes.DepthLimit, "query", $"The operation is nested {measured.Depth} levels deep; the limit is {limits.MaxDepth}.");
        if (measured.Cost > limits.MaxCost)
        {
            var cost = measured.Cost >= 1e15 ? measured.Cost.ToString("0.###e0", System.Globalization.CultureInfo.InvariantCulture) : measured.Cost.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            return new LimitExceededError(ErrorCodes.CostLimit, "query", $"The operation's estimated cost is {cost}; the limit is {limits.MaxCost}. Ask for smaller pages, fewer nested lists or fewer repeated fragments.");
        }

        return null;
    }

    private string Shorten(string query) =>
        query.Length <= limits.LoggedQueryLength ? query : string.Concat(query.AsSpan(0, limits.LoggedQueryLength), $"… ({query.Length} characters)");
}
