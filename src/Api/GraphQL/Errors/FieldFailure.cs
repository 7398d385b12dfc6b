namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>One bad field: its path in the input (<c>input.sources[0].quote</c>) and what is wrong with it.</summary>
internal sealed record FieldFailure(string Field, string Message);
