using Workflows.Core.Diagnostics;
using Workflows.Core.Yaml;

namespace Workflows.Core.Definitions.V1;

/// <summary>Maps a YAML tree onto the <c>workflows/v1</c> DTOs. Shapes only: meaning is checked by the validator.</summary>
public static class DefinitionReaderV1
{
    private static readonly string[] TopKeys =
        ["schema", "id", "title", "agency", "source", "calendar", "service_standard", "schedule", "roles", "documents", "data", "steps"];

    private static readonly string[] SourceKeys = ["number", "title", "created", "revision", "effective", "decree", "document", "notes"];
    private static readonly string[] StandardKeys = ["total", "product", "document", "requirements", "fee", "escalate_to"];
    private static readonly string[] ScheduleKeys = ["cron", "time_zone", "data"];
    private static readonly string[] RoleKeys = ["title", "external", "supervisor"];
    private static readonly string[] DocumentKeys = ["title"];
    private static readonly string[] FieldKeys = ["type", "title", "required", "min", "max", "min_length", "max_length", "pattern", "values", "example"];

    public static WorkflowDefinitionV1? Read(YNode root, DiagnosticBag bag)
    {
        var top = MappingReader.For(root, bag, "a definition", TopKeys);
        if (top is null)
        {
            return null;
        }

        var schema = top.Text("schema");
        if (schema is not null && schema.Value != WorkflowDefinitionV1.SchemaName)
        {
            bag.Error(DiagnosticCodes.UnsupportedSchema, schema.Position,
                $"unsupported schema '{schema.Value}'; this version reads '{WorkflowDefinitionV1.SchemaName}'");
            return null;
        }

        return new WorkflowDefinitionV1
        {
            Position = root.Position,
            Id = top.Text("id", required: true),
            Title = top.Text("title", required: true),
            Agency = top.Text("agency", required: true),
            Source = ReadSource(top.Mapping["source"], bag),
            Calendar = top.Text("calendar"),
            ServiceStandard = ReadStandard(top.Mapping["service_standard"], bag),
            Schedule = ReadSchedule(top.Mapping["schedule"], bag),
            Roles = Keyed(top, "roles", bag, (key, node) => ReadRole(key, node, bag)),
            Documents = Keyed(top, "documents", bag, (key, node) => ReadDocument(key, node, bag)),
            Data = Keyed(top, "data", bag, (key, node) => ReadField(key, node, bag)),
            Steps = StepReaderV1.ReadSteps(top, bag),
        };
    }

    private static SourceV1? ReadSource(YNode? node, DiagnosticBag bag)
    {
        var r = MappingReader.For(node, bag, "'source'", SourceKeys);
        return r is null ? null : new SourceV1
        {
            Number = r.Text("number"),
            Title = r.Text("title"),
            Created = r.Text("created"),
            Revision = r.Text("revision"),
            Effective = r.Text("effective"),
            Decree = r.Text("decree"),
            Document = r.Text("document"),
            Notes = r.Text("notes"),
        };
    }

    private static ServiceStandardV1? ReadStandard(YNode? node, DiagnosticBag bag)
    {
        var r = MappingReader.For(node, bag, "'service_standard'", StandardKeys);
        return r is null ? null : new ServiceStandardV1
        {
            Total = r.RawText("total"),
            Product = r.Text("product"),
            Document = r.Text("document"),
            EscalateTo = r.Text("escalate_to"),
            Requirements = r.TextList("requirements"),
            Fee = r.Text("fee"),
        };
    }

    private static ScheduleV1? ReadSchedule(YNode? node, DiagnosticBag bag)
    {
        var r = MappingReader.For(node, bag, "'schedule'", ScheduleKeys);
        return r is null ? null : new ScheduleV1
        {
            Position = r.Mapping.Position,
            Cron = r.Text("cron", required: true),
            TimeZone = r.Text("time_zone"),
            Data = Keyed(r, "data", bag, (key, value) => new KeyValuePair<Located<string>, Located<string>?>(
                key, value is YScalar s ? new Located<string>(s.Value, s.Position) : NotScalar(value, key.Value, bag))),
        };
    }

    private static Located<string>? NotScalar(YNode node, string key, DiagnosticBag bag)
    {
        bag.Error(DiagnosticCodes.WrongType, node.Position, $"schedule value of '{key}' must be a single value, not {node.Describe}");
        return null;
    }

    private static RoleV1 ReadRole(Located<string> key, YNode node, DiagnosticBag bag)
    {
        if (node is YScalar title)
        {
            return new RoleV1 { Key = key, Title = new(title.Value, title.Position) };
        }

        var r = MappingReader.For(node, bag, $"role '{key.Value}'", RoleKeys);
        return new RoleV1 { Key = key, Title = r?.Text("title"), External = r?.Bool("external"), Supervisor = r?.Text("supervisor") };
    }

    private static DocumentV1 ReadDocument(Located<string> key, YNode node, DiagnosticBag bag)
    {
        if (node is YScalar title)
        {
            return new DocumentV1 { Key = key, Title = new(title.Value, title.Position) };
        }

        var r = MappingReader.For(node, bag, $"document '{key.Value}'", DocumentKeys);
        return new DocumentV1 { Key = key, Title = r?.Text("title") };
    }

    private static DataFieldV1 ReadField(Located<string> key, YNode node, DiagnosticBag bag)
    {
        if (node is YScalar type)
        {
            return new DataFieldV1 { Key = key, Type = new(type.Value, type.Position) };
        }

        var r = MappingReader.For(node, bag, $"data field '{key.Value}'", FieldKeys);
        return new DataFieldV1
        {
            Key = key,
            Type = r?.Text("type", required: true),
            Title = r?.Text("title"),
            Required = r?.Bool("required"),
            Min = r?.Text("min"),
            Max = r?.Text("max"),
            MinLength = r?.Int("min_length"),
            MaxLength = r?.Int("max_length"),
            Pattern = r?.Text("pattern"),
            Values = r?.TextList("values") ?? [],
            Example = r?.RawText("example"),
        };
    }

    /// <summary>Reads <c>key: value</c> entries of a section such as <c>roles</c>, in file order.</summary>
    internal static IReadOnlyList<T> Keyed<T>(MappingReader parent, string section, DiagnosticBag bag, Func<Located<string>, YNode, T> read)
    {
        var node = parent.Mapping[section];
        if (node is null || node is YScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YMapping mapping)
        {
            bag.Error(DiagnosticCodes.WrongType, node.Position, $"'{section}' must be a mapping of names to entries, not {node.Describe}");
            return [];
        }

        return [.. mapping.Entries.Select(e => read(new Located<string>(e.Key.Value, e.Key.Position), e.Value))];
    }
}
