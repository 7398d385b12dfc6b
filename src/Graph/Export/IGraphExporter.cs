using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>Writes the whole store in one file format, streaming from the store.</summary>
public interface IGraphExporter
{
    /// <summary>The <c>--format</c> name, e.g. <c>json</c>.</summary>
    string Format { get; }

    /// <summary>Suggested file extension, without the dot.</summary>
    string Extension { get; }

    /// <summary>The output is an archive rather than text, so it belongs in a named file, never on a terminal.</summary>
    bool IsArchive { get; }

    /// <summary>Writes the contents of <paramref name="store"/> to <paramref name="output"/> in this format, and says how many entities and relationships it wrote.</summary>
    Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default);
}
