using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary>A wrk Lua script that POSTs GraphQL bodies in turn.</summary>
internal static class WrkScript
{
    public static string For(IReadOnlyList<string> bodies)
    {
        var script = new StringBuilder();
        script.AppendLine("wrk.method = \"POST\"");
        script.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        script.AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json\"");
        script.AppendLine("local bodies = {");
        foreach (var body in bodies)
            script.Append("  [==[").Append(body).AppendLine("]==],");
        script.AppendLine("}");
        script.AppendLine("local i = 0");
        script.AppendLine("request = function()");
        script.AppendLine("  i = i % #bodies + 1");
        script.AppendLine("  return wrk.format(nil, nil, nil, bodies[i])");
        script.AppendLine("end");
        return script.ToString();
    }
}
