using System.Globalization;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping into DTO values, reporting unknown keys, missing keys and wrong shapes
/// with their positions instead of throwing.
/// </summary>
public sealed class MappingReader
{
    private readonly DiagnosticBag bag;
    private readonly string what;

    public MappingReader(YMapping mapping, DiagnosticBag bag, string what, IReadOnlyCollection<string> allowedKeys)
    {
        Mapping = mapping;
        this.bag = bag;
        this.what = what;
        foreach (var (key, _) in mapping.Entries)
        {
            if (!allowedKeys.Contains(key.Value))
            {
                bag.Error(DiagnosticCodes.UnknownKey, key.Position,
                    $"unknown key '{key.Value}' in {what} (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }
    }

    public YMapping Mapping { get; }

    public IReadOnlyDictionary<string, SourcePosition> KeyPositions =>
        Mapping.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Position, StringComparer.Ordinal);

    /// <summary>Creates a reader if <paramref name="node"/> is a mapping, otherwise reports what was expected.</summary>
    public static MappingReader? For(YNode? node, DiagnosticBag bag, string what, IReadOnlyCollection<string> allowedKeys)
    {
        if (node is YMapping mapping)
        {
            return new MappingReader(mapping, bag, what, allowedKeys);
        }

        if (node is not null && !(node is YScalar s && s.IsNull))
        {
            bag.Error(DiagnosticCodes.WrongType, node.Position, $"{what} must be a mapping, not {node.Describe}");
        }

        return null;
    }

    /// <summary>A single text value; null-like scalars (<c>~</c>, empty) count as absent.</summary>
    public Located<string>? Text(string key, bool required = false)
    {
        var node = Mapping[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                bag.Error(DiagnosticCodes.MissingKey, Mapping.KeyOf(key)?.Position ?? Mapping.Position, $"{what} needs '{key}'");
            }

            return null;
        }

        return AsText(node, key);
    }

    /// <summary>A text value that keeps null-like forms verbatim: for durations, where <c>~</c> means "no standard".</summary>
    public Located<string>? RawText(string key) =>
        Mapping[key] is YScalar s ? new Located<string>(s.Value, s.Position) : Text(key);

    public Located<bool>? Bool(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text.Value, out var value))
        {
            return new Located<bool>(value, text.Position);
        }

        bag.Error(DiagnosticCodes.WrongType, text.Position, $"'{key}' in {what} must be true or false, not '{text.Value}'");
        return null;
    }

    public Located<int>? Int(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return new Located<int>(value, text.Position);
        }

        bag.Error(DiagnosticCodes.WrongType, text.Position, $"'{key}' in {what} must be a whole number, not '{text.Value}'");
        return null;
    }

    /// <summary>A list of text values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> TextList(string key)
    {
        var node = Mapping[key];
        switch (node)
        {
            case null or YScalar { IsNull: true }:
                return [];
            case YScalar single:
                return [new Located<string>(single.Value, single.Position)];
            case YSequence sequence:
                return [.. sequence.Items.Select(item => AsText(item, key)).OfType<Located<string>>()];
            default:
                bag.Error(DiagnosticCodes.WrongType, node.Position, $"'{key}' in {what} must be a list of names, not {node.Describe}");
                return [];
        }
    }

    private Located<string>? AsText(YNode node, string key)
    {
        if (node is YScalar scalar)
        {
            return new Located<string>(scalar.Value, scalar.ContentPosition);
        }

        bag.Error(DiagnosticCodes.WrongType, node.Position, $"'{key}' in {what} must be a single value, not {node.Describe}");
        return null;
    }
}
