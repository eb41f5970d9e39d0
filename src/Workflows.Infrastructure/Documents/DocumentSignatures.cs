namespace Workflows.Infrastructure.Documents;

/// <summary>
/// What a document's first bytes say it is. A document must be what its declared type says (a PNG starts as a PNG), and
/// content a browser would run — SVG, HTML, XML, script — is never accepted, whatever type it is declared as: staff open
/// downloads in the same browser they work the instances in.
/// </summary>
public static class DocumentSignatures
{
    /// <summary>Bytes read before deciding; every signature below lies within them.</summary>
    public const int HeadLength = 512;

    private static readonly string[] ActiveTypes =
    [
        "text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml", "text/javascript",
        "application/javascript", "application/x-javascript", "text/ecmascript", "application/ecmascript", "application/x-sh",
        "text/x-sh", "application/x-httpd-php", "application/hta", "text/x-component",
    ];

    private static readonly DocumentSignature[] Known =
    [
        new(["application/pdf"], "PDF", [.. "%PDF-"u8]),
        new(["image/png"], "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new(["image/jpeg", "image/jpg", "image/pjpeg"], "JPEG", [0xFF, 0xD8, 0xFF]),
        new(["image/gif"], "GIF", [.. "GIF87a"u8], [.. "GIF89a"u8]),
        new(["image/bmp"], "BMP", [.. "BM"u8]),
        new(["image/tiff"], "TIFF", [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]),
        new(["image/webp"], "WebP", [.. "RIFF"u8]) { Also = (8, [.. "WEBP"u8]) },
        new(["image/heic", "image/heif"], "HEIF", Array.Empty<byte>()) { Also = (4, [.. "ftyp"u8]) },
        new(["application/msword", "application/vnd.ms-excel"], "an OLE2 office file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        new(
            [
                "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
                "application/vnd.oasis.opendocument.spreadsheet",
            ],
            "a ZIP archive", [.. "PK\u0003\u0004"u8], [.. "PK\u0005\u0006"u8]),
    ];

    /// <summary>The media type alone, lower case, without parameters.</summary>
    public static string MediaType(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";

    /// <summary>Types a browser would render or run: refused on upload, and sent as plain bytes if an old row has one.</summary>
    public static bool IsActive(string mediaType) =>
        ActiveTypes.Contains(mediaType, StringComparer.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal)
        || mediaType.Contains("script", StringComparison.Ordinal);

    /// <summary>Why <paramref name="head"/> (the first bytes) cannot be a document of <paramref name="mediaType"/>, or null when it can.</summary>
    public static string? Refusal(string mediaType, ReadOnlySpan<byte> head)
    {
        if (IsMarkup(head))
        {
            return $"The content declared as {mediaType} is markup (HTML, XML or SVG), which is never accepted as a document.";
        }

        if (Array.Find(Known, s => s.Types.Contains(mediaType, StringComparer.Ordinal)) is { } expected)
        {
            return expected.Matches(head) ? null : $"The content is not {mediaType}: its first bytes {Describe(head)}.";
        }

        if (mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            return IsText(head) ? null : $"The content declared as {mediaType} is not text: its first bytes {Describe(head)}.";
        }

        // An image type the server has no signature for cannot be checked, and images are what browsers render inline.
        return mediaType.StartsWith("image/", StringComparison.Ordinal)
            ? $"Images of type {mediaType} cannot be checked by their content; send PNG, JPEG, GIF, BMP, TIFF, WebP or HEIF."
            : null;
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Known)
        {
            if (signature.Matches(head))
            {
                return $"are those of {signature.Name} ({signature.Types[0]})";
            }
        }

        return "match no type the server checks";
    }

    /// <summary>Starts with '&lt;' once byte-order marks, blanks and the zero bytes of UTF-16 are skipped.</summary>
    private static bool IsMarkup(ReadOnlySpan<byte> head)
    {
        var rest = SkipBom(head);
        var i = 0;
        while (i < rest.Length && rest[i] is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)
        {
            i++;
        }

        return i < rest.Length && rest[i] == (byte)'<';
    }

    /// <summary>Text has no zero bytes, unless it is UTF-16 and says so with a byte-order mark.</summary>
    private static bool IsText(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || !head.Contains((byte)0);

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..]
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? head[2..]
        : head;
}
