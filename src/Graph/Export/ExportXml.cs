using System.Text;
using System.Xml;

namespace KnowledgeGraph.Export;

/// <summary>How the XML exports write: streaming, indented, UTF-8 without a byte-order mark, the caller's stream left open.</summary>
internal static class ExportXml
{
    private static readonly XmlWriterSettings Settings = new() { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, Settings);
}
