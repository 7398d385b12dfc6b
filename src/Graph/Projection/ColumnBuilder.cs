namespace KnowledgeGraph.Projection;

/// <summary>
/// Appends values into fixed-size chunks and copies them once into an exact array: a streamed read of unknown length
/// leaves one copy of its data as garbage, where a doubling list leaves up to two more and an oversized final array.
/// </summary>
internal sealed class ColumnBuilder<T>
    where T : unmanaged
{
    /// <summary>Chunks of 64 KB or less for ints stay out of the large object heap, which only a full collection frees.</summary>
    private const int ChunkLength = 1 << 14;

    private readonly List<T[]> _chunks = [];
    private T[] _current = [];
    private int _used;

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (_used == _current.Length)
            NextChunk();
        _current[_used++] = value;
        Count++;
    }

    public void AddRange(ReadOnlySpan<T> values)
    {
        while (!values.IsEmpty)
        {
            if (_used == _current.Length)
                NextChunk();
            var take = Math.Min(values.Length, _current.Length - _used);
            values[..take].CopyTo(_current.AsSpan(_used));
            _used += take;
            Count += take;
            values = values[take..];
        }
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        var at = 0;
        foreach (var chunk in _chunks)
        {
            var take = Math.Min(chunk.Length, Count - at);
            chunk.AsSpan(0, take).CopyTo(result.AsSpan(at));
            at += take;
        }

        return result;
    }

    private void NextChunk()
    {
        _current = new T[ChunkLength];
        _chunks.Add(_current);
        _used = 0;
    }
}
