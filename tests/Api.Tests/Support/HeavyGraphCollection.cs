namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>The tests that share <see cref="HeavyGraph"/>; they run one after another, since each keeps every core busy.</summary>
[CollectionDefinition(HeavyGraph.Collection)]
public sealed class HeavyGraphCollection : ICollectionFixture<HeavyGraph>;
