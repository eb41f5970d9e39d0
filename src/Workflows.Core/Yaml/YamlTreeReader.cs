using System.Text;
using Workflows.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Workflows.Core.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree from YamlDotNet's event stream, without recursion,
/// so that nesting depth, node count (aliases included) and size are checked before any of them can hurt.
/// </summary>
public static class YamlTreeReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes file bytes as strict UTF-8 and reads them; problems go to <paramref name="bag"/>.</summary>
    public static YNode? Read(ReadOnlySpan<byte> bytes, DiagnosticBag bag, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (bytes.Length > limits.MaxBytes)
        {
            bag.Error(DiagnosticCodes.InputLimit, SourcePosition.Start,
                $"file is {bytes.Length:N0} bytes; the limit is {limits.MaxBytes:N0}");
            return null;
        }

        return Decode(bytes, bag) is { } text ? Read(text, bag, limits) : null;
    }

    /// <summary>Strict UTF-8: a definition with broken bytes is refused rather than read with replacement characters.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, SourcePosition.Start, $"file is not valid UTF-8 (byte {e.Index})");
            return null;
        }
    }

    public static YNode? Read(string text, DiagnosticBag bag, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            bag.Error(DiagnosticCodes.InputLimit, SourcePosition.Start, $"file is larger than the limit of {limits.MaxBytes:N0} bytes");
            return null;
        }

        var builder = new YamlTreeBuilder(bag, limits);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException e)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, Position(e.Start), $"YAML syntax error: {Describe(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed plain scalars instead of a YamlException.
            bag.Error(DiagnosticCodes.YamlSyntax, builder.LastPosition, "YAML syntax error: malformed text after this point");
            return null;
        }

        if (builder.Root is null)
        {
            bag.Error(DiagnosticCodes.YamlSyntax, SourcePosition.Start, "file is empty");
        }

        return builder.Root;
    }

    internal static SourcePosition Position(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(close + 3)..] : message;
    }
}
