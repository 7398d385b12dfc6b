using KnowledgeGraph.Api.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>Lists of pairs become dictionaries; a repeated key is a failure rather than a silent overwrite.</summary>
internal static class KeyValues
{
    public static Dictionary<string, string>? ToDictionary<T>(
        List<T>? items, Func<T, string> key, Func<T, string> value, string path, string keyName, List<FieldFailure> failures)
    {
        if (items is null)
            return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!result.TryAdd(key(items[i]), value(items[i])))
                failures.Add(new FieldFailure($"{path}[{i}].{keyName}", $"'{key(items[i])}' appears more than once"));
        }

        return result;
    }
}
