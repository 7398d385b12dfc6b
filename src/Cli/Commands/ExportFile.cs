namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Writes an export to a file that appears whole or not at all: into a temporary file beside it, moved into place
/// at the end. An existing file is replaced only when asked; the move itself refuses, so no check-then-write race.
/// </summary>
internal static class ExportFile
{
    /// <returns>What <paramref name="write"/> returned, and the bytes written.</returns>
    /// <exception cref="RefusalException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task<(T Result, long Bytes)> WriteAsync<T>(string path, bool overwrite, Func<Stream, Task<T>> write, string command = "kg export")
    {
        // Fails fast before a long export; the move below is what guarantees it.
        if (!overwrite && File.Exists(path))
            throw Exists(path, command);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            T result;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                result = await write(stream);
            var bytes = new FileInfo(temporary).Length;
            File.Move(temporary, path, overwrite);
            return (result, bytes);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            throw Exists(path, command);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static RefusalException Exists(string path, string command) =>
        new($"{path} already exists; {command} never replaces a file silently. Choose another name with -o, or add --overwrite.");
}
