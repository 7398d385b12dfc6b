namespace KnowledgeGraph.Import;

/// <summary>A record with where it came from (<c>seed/entities/people.json $.entities[3]</c>), for error messages.</summary>
public sealed record Located<T>(string Location, T Record);
