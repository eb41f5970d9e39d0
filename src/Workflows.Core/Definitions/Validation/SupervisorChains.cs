using Workflows.Core.Definitions.V1;
using Workflows.Core.Diagnostics;

namespace Workflows.Core.Definitions.Validation;

/// <summary>Escalation climbs supervisor links until the chain ends, so a chain must never loop.</summary>
internal static class SupervisorChains
{
    public static void Check(IReadOnlyList<RoleV1> roles, DiagnosticBag bag)
    {
        var supervisorOf = roles
            .Where(r => r.Supervisor is not null)
            .GroupBy(r => r.Key.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Supervisor!.Value, StringComparer.Ordinal);

        foreach (var role in roles.Where(r => r.Supervisor is not null))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { role.Key.Value };
            var current = role.Key.Value;
            while (supervisorOf.TryGetValue(current, out var next))
            {
                if (!seen.Add(next))
                {
                    bag.Error(DiagnosticCodes.BadSupervisor, role.Supervisor!.Position,
                        $"supervisor chain of role '{role.Key.Value}' loops back to '{next}'");
                    break;
                }

                current = next;
            }
        }
    }
}
