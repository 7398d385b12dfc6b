using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Reads back the literals of an exported Cypher statement: strings with escapes, lists, maps and date('…').</summary>
internal sealed class CypherLiteralReader(string text)
{
    private int _at;

    public void Expect(string expected)
    {
        Assert.True(string.CompareOrdinal(text, _at, expected, 0, expected.Length) == 0, $"expected '{expected}' at {_at} in: {text}");
        _at += expected.Length;
    }

    public string ReadUntil(char end)
    {
        var start = _at;
        _at = text.IndexOf(end, _at);
        return text[start.._at];
    }

    public object? ReadValue()
    {
        var c = text[_at];
        if (c == '\'')
            return ReadString();
        if (c == '[')
        {
            _at++;
            var list = new List<object?>();
            while (text[_at] != ']')
            {
                list.Add(ReadValue());
                if (text[_at] == ',')
                    _at += 2;
            }

            _at++;
            return list;
        }

        if (c == '{')
            return ReadMap();
        Expect("date(");
        var date = DateOnly.Parse(ReadString(), CultureInfo.InvariantCulture);
        Expect(")");
        return date;
    }

    public Dictionary<string, object?> ReadMap()
    {
        Expect("{");
        var map = new Dictionary<string, object?>();
        while (text[_at] != '}')
        {
            var key = ReadUntil(':');
            Expect(": ");
            map[key] = ReadValue();
            if (text[_at] == ',')
                _at += 2;
        }

        _at++;
        return map;
    }

    public string ReadString()
    {
        Expect("'");
        var builder = new StringBuilder();
        while (text[_at] != '\'')
        {
            var c = text[_at++];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = text[_at++];
            builder.Append(escaped switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'u' => ((char)int.Parse(text.AsSpan(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => escaped.ToString(),
            });
            if (escaped == 'u')
                _at += 4;
        }

        _at++;
        return builder.ToString();
    }
}
