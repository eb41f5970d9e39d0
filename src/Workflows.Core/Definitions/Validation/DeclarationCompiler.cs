using System.Collections.Immutable;
using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;
using Workflows.Core.Time;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Compiles what a definition declares before its steps: roles, documents, data fields, the service standard.</summary>
internal static class DeclarationCompiler
{
    public static ImmutableArray<Role> Roles(IReadOnlyList<RoleV1> roles, DiagnosticBag bag)
    {
        var declared = roles.Select(r => r.Key.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            CheckName(role.Key, "role", bag);
            if (role.Supervisor is { } supervisor && !declared.Contains(supervisor.Value))
            {
                bag.Error(DiagnosticCodes.UndeclaredActor, supervisor.Position,
                    $"supervisor '{supervisor.Value}' of role '{role.Key.Value}' is not a declared role");
            }
        }

        var compiled = roles.Select(r => new Role(
            r.Key.Value, r.Title?.Value ?? r.Key.Value, r.External?.Value ?? false, r.Supervisor?.Value)).ToImmutableArray();
        SupervisorChains.Check(roles, bag);
        return compiled;
    }

    public static ImmutableArray<DocumentType> Documents(IReadOnlyList<DocumentV1> documents, DiagnosticBag bag)
    {
        foreach (var document in documents)
        {
            CheckName(document.Key, "document", bag);
        }

        return [.. documents.Select(d => new DocumentType(d.Key.Value, d.Title?.Value ?? d.Key.Value))];
    }

    public static ImmutableArray<DataField> Fields(IReadOnlyList<DataFieldV1> fields, DiagnosticBag bag) =>
        [.. fields.Select(f => DataFieldCompiler.Compile(f, bag)).OfType<DataField>()];

    public static ServiceStandard? Standard(ServiceStandardV1? standard, DeclaredNames declared, DiagnosticBag bag)
    {
        if (standard is null)
        {
            return null;
        }

        var documents = declared.Documents;
        if (standard.Document is { } product && !documents.Contains(product.Value))
        {
            bag.Error(DiagnosticCodes.UndeclaredDocument, product.Position, $"service standard document '{product.Value}' is not a declared document");
        }

        if (standard.EscalateTo is { } head && !declared.Roles.Contains(head.Value))
        {
            bag.Error(DiagnosticCodes.UndeclaredActor, head.Position, $"service standard escalate_to '{head.Value}' is not a declared role");
        }

        foreach (var requirement in standard.Requirements.Where(r => !documents.Contains(r.Value)))
        {
            bag.Error(DiagnosticCodes.UndeclaredDocument, requirement.Position,
                $"service standard requirement '{requirement.Value}' is not a declared document");
        }

        return new ServiceStandard(
            Duration(standard.Total, "service standard total", bag),
            standard.Product?.Value,
            [.. standard.Requirements.Select(r => r.Value)],
            standard.Fee?.Value,
            standard.Document?.Value,
            standard.EscalateTo?.Value);
    }

    public static MutuBaku Duration(Located<string>? text, string what, DiagnosticBag bag)
    {
        if (MutuBakuParser.TryParse(text?.Value, out var duration, out var error))
        {
            return duration;
        }

        bag.Error(DiagnosticCodes.BadDuration, text!.Position, $"{what}: {error}");
        return duration;
    }

    public static void CheckName(Located<string> name, string what, DiagnosticBag bag)
    {
        if (!Identifiers.IsName(name.Value))
        {
            bag.Error(DiagnosticCodes.InvalidId, name.Position,
                $"{what} id '{name.Value}' must be lowercase letters, digits, '-' or '_' (at most 64)");
        }
    }
}
