namespace Workflows.Api.Problems;

/// <summary>
/// A request body that refuses to be read past its limit. The server's own limit does not apply to every host (and
/// not to a body whose length is not declared up front), so the count is kept here, as the bytes go by.
/// </summary>
internal sealed class CappedBody(Stream inner, long limit, string setting) : Stream
{
    private long read;

    /// <summary>Whether a read went past the limit (the request is then answered with 413, whoever caught the exception).</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public static string Detail(long limit, string setting) => $"The request body is larger than {limit} bytes, the limit ({setting}).";

    private int Count(int count)
    {
        read += count;
        if (read > limit)
        {
            Exceeded = true;
            throw new BadHttpRequestException(Detail(limit, setting), StatusCodes.Status413PayloadTooLarge);
        }

        return count;
    }
}
