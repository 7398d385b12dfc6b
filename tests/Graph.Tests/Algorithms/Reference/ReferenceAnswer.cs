namespace KnowledgeGraph.Tests.Algorithms.Reference;

/// <summary>What NetworkX says about one <see cref="ReferenceCase"/>.</summary>
internal sealed record ReferenceAnswer(int[][] Components, double[] Closeness, double[] Harmonic, double ModularityOfOurs, double LouvainModularity);
