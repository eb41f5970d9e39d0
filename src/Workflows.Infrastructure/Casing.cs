using System.Text;

namespace Workflows.Infrastructure;

/// <summary>PascalCase names as lower-case words: <c>snake_case</c> for columns, <c>kebab-case</c> for problem codes.</summary>
internal static class Casing
{
    public static string Snake(string name) => Separated(name, '_');

    public static string Kebab(string name) => Separated(name, '-');

    private static string Separated(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != separator && !char.IsUpper(name[i - 1]))
            {
                builder.Append(separator);
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
