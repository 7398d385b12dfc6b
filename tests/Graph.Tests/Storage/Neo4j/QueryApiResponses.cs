namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>Response bodies in the shapes Neo4j's Query API documentation gives (typed JSON, errors, transactions).</summary>
internal static class QueryApiResponses
{
    public const string Bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ";
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    public static string Rows(string fields, string values, string? transactionId = null) =>
        "{\"data\":{\"fields\":" + fields + ",\"values\":" + values + "},\"bookmarks\":[\"" + Bookmark + "\"]"
        + (transactionId is null ? "" : ",\"transaction\":{\"id\":\"" + transactionId + "\",\"expires\":\"2024-10-22T15:48:29Z\"}") + "}";

    public static string Integer(string field, long value, string? transactionId = null) =>
        Rows("[\"" + field + "\"]", "[[{\"$type\":\"Integer\",\"_value\":\"" + value + "\"}]]", transactionId);

    public static string Empty(string fields, string? transactionId = null) => Rows(fields, "[]", transactionId);

    public static string Error(string code, string message) =>
        "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}";

    /// <summary>The ministry node as Neo4j returns it: labels, integers as strings, JSON-string properties, a list of aliases.</summary>
    public const string MolisaNode = """
        {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_labels":["Entity","Ministry"],"_properties":{
          "id":{"$type":"String","_value":"ministry:VNM-MOLISA"},
          "name":{"$type":"String","_value":"Ministry of Labour, Invalids and Social Affairs"},
          "names":{"$type":"String","_value":"{\"vi\":\"Bộ Lao động - Thương binh và Xã hội\"}"},
          "aliases":{"$type":"List","_value":[{"$type":"String","_value":"MOLISA"},{"$type":"String","_value":"Bộ LĐ-TB&XH"}]},
          "date":{"$type":"String","_value":"1987"},
          "dateStart":{"$type":"Date","_value":"1987-01-01"},
          "properties":{"$type":"String","_value":"{}"},
          "sources":{"$type":"String","_value":"[{\"document\":\"a.txt\",\"url\":null,\"quote\":\"Bộ LĐ-TB&XH\",\"language\":\"vi\"}]"}}}}
        """;

    public const string SignedRelationship = """
        {"$type":"Relationship","_value":{"_element_id":"5:ff04df25-ff2b-4b55-98f8-6888297b025e:7","_start_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_end_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:9","_type":"SIGNED","_properties":{
          "id":{"$type":"String","_value":"rel:c-signed"},
          "validFrom":{"$type":"String","_value":"2023-06-15"},
          "validStart":{"$type":"Date","_value":"2023-06-15"},
          "properties":{"$type":"String","_value":"{\"title\":\"MoU\"}"},
          "sources":{"$type":"String","_value":"[]"}}}}
        """;
}
