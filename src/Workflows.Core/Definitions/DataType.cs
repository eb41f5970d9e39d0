namespace Workflows.Core.Definitions;

/// <summary>The type of an instance <c>data</c> field.</summary>
public enum DataType
{
    String,
    Int,
    Decimal,
    Bool,
    Date,
    Enum,
}
