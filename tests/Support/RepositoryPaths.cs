namespace KnowledgeGraph.Testing;

/// <summary>Files of the repository the tests were built from, which they compare with or load.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The checked-in GraphQL schema the API must print.</summary>
    public static string Schema => Path.Combine(Root, "schema.graphql");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
