namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>How Neo4j holds one stored property: text, a list of text, or a DATE (written as yyyy-MM-dd and read by <c>date()</c>).</summary>
internal enum Neo4jValueType
{
    Text,
    TextList,
    Date,
}
