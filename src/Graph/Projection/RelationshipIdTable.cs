using System.Text;

namespace KnowledgeGraph.Projection;

/// <summary>
/// Maps an edge of a projection back to the stored relationship's id: a table read from the store, held as UTF-8 in one
/// array with offsets (about 20 bytes per id where a string costs 60), or a rule (synthetic graphs name relationships
/// by position, so ten million ids need not sit in memory).
/// </summary>
internal sealed class RelationshipIdTable
{
    private readonly byte[]? _utf8;
    private readonly int[]? _offsets;
    private readonly Func<int, string>? _rule;

    private RelationshipIdTable(byte[]? utf8, int[]? offsets, Func<int, string>? rule)
    {
        _utf8 = utf8;
        _offsets = offsets;
        _rule = rule;
    }

    /// <param name="offsets">Where each id starts in <paramref name="utf8"/>, and after the last one its length.</param>
    public static RelationshipIdTable OfUtf8(byte[] utf8, int[] offsets) => new(utf8, offsets, null);

    public static RelationshipIdTable ByRule(Func<int, string> rule) => new(null, null, rule);

    public string this[int edge] => _utf8 is not null
        ? Encoding.UTF8.GetString(_utf8, _offsets![edge], _offsets[edge + 1] - _offsets[edge])
        : _rule!(edge);

    public long SizeInBytes => _utf8 is null ? 0 : _utf8.LongLength + _offsets!.LongLength * sizeof(int);
}
