namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>The size of a document as the limits see it: what is written (fields, aliases, fragments) and what it would cost.</summary>
internal readonly record struct DocumentMeasurement(int Fields, int Aliases, int Fragments, double Cost, int Depth);
