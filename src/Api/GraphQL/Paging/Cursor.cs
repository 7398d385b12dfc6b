using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>
/// An opaque cursor: the position of an item in its list, so a page can start after it. Lists are ordered the same
/// way on every request; a write between two pages can shift positions, as in any offset-paged API.
/// </summary>
internal static class Cursor
{
    private const string Prefix = "kg:";

    public static string At(int position) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor names, or false when the text is not one of ours.</summary>
    public static bool TryRead(string cursor, out int position)
    {
        position = -1;
        if (cursor.Length is 0 or > 32)
            return false;
        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        if (Base64Url.DecodeFromChars(cursor, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
            return false;
        var text = Encoding.ASCII.GetString(bytes, 0, written);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }
}
