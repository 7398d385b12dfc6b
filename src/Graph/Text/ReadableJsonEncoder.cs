using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace KnowledgeGraph.Text;

/// <summary>
/// A JSON encoder that escapes only what JSON requires (quotation mark, reverse solidus, control characters) and
/// writes every other character as itself, so the quotes in exported files stay readable.
/// </summary>
/// <remarks>
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> still writes <c>\u00A0</c> for the no-break spaces of
/// the curated Vietnamese quotes, and escapes other format characters and everything outside the Basic Multilingual
/// Plane. Like it, this encoder is for JSON files and API answers, never for JSON inlined in an HTML page.
/// </remarks>
public sealed class ReadableJsonEncoder : JavaScriptEncoder
{
    private ReadableJsonEncoder()
    {
    }

    /// <summary>The one instance; the encoder holds no state.</summary>
    public static ReadableJsonEncoder Instance { get; } = new();

    /// <summary><c>\u001F</c> is the longest escape written.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar < ' ' || unicodeScalar is '"' or '\\';

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (WillEncode(c))
                return i;
            if (!char.IsSurrogate(c))
                continue;
            // A lone surrogate is not a character; the writer decides what becomes of it.
            if (!char.IsHighSurrogate(c) || i + 1 == textLength || !char.IsLowSurrogate(text[i + 1]))
                return i;
            i++;
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var written = WillEncode(unicodeScalar) ? Escape(unicodeScalar) : new Rune(unicodeScalar).ToString();
        numberOfCharactersWritten = 0;
        if (written.Length > bufferLength)
            return false;
        written.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = written.Length;
        return true;
    }

    private static string Escape(int scalar) => scalar switch
    {
        '"' => "\\\"",
        '\\' => @"\\",
        '\b' => @"\b",
        '\f' => @"\f",
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        _ => @"\u" + scalar.ToString("X4", CultureInfo.InvariantCulture),
    };
}
