using System.Collections;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>A collection exporters may add to from any thread while a test reads copies of it.</summary>
internal sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> items = [];

    public int Count
    {
        get
        {
            lock (items)
                return items.Count;
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (items)
            items.Add(item);
    }

    /// <summary>What was added so far, as a list of its own.</summary>
    public List<T> Snapshot()
    {
        lock (items)
            return [.. items];
    }

    public void Clear()
    {
        lock (items)
            items.Clear();
    }

    public bool Contains(T item)
    {
        lock (items)
            return items.Contains(item);
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (items)
            items.CopyTo(array, arrayIndex);
    }

    public bool Remove(T item)
    {
        lock (items)
            return items.Remove(item);
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
