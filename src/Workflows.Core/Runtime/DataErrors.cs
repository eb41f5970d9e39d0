using System.Collections.Immutable;

namespace Workflows.Core.Runtime;

/// <summary>
/// What is wrong with a command's data, one line per field up to <see cref="InstanceData.MaxErrors"/>; further errors are
/// only counted and reported as "and N more", so the answer stays small however many fields are wrong.
/// </summary>
internal sealed class DataErrors
{
    private readonly ImmutableArray<string>.Builder listed = ImmutableArray.CreateBuilder<string>();
    private int more;

    public void Add(string error)
    {
        if (listed.Count < InstanceData.MaxErrors)
        {
            listed.Add(error);
        }
        else
        {
            more++;
        }
    }

    public ImmutableArray<string> ToImmutable() => more == 0 ? listed.ToImmutable() : [.. listed, $"data: and {more} more"];
}
