namespace Workflows.Infrastructure.Documents;

/// <summary>
/// The first bytes of one kind of file: it starts with one of <see cref="Starts"/> and, for container formats, has
/// <see cref="Also"/> at a fixed offset (WebP's <c>WEBP</c> after the RIFF size, HEIF's <c>ftyp</c> box).
/// </summary>
internal sealed record DocumentSignature(string[] Types, string Name, params byte[][] Starts)
{
    public (int Offset, byte[] Bytes)? Also { get; init; }

    public bool Matches(ReadOnlySpan<byte> head)
    {
        foreach (var start in Starts)
        {
            if (head.StartsWith(start) && (Also is not { } also || (head.Length >= also.Offset + also.Bytes.Length && head[also.Offset..].StartsWith(also.Bytes))))
            {
                return true;
            }
        }

        return false;
    }
}
