namespace Workflows.Api.Contract;

/// <summary>
/// The contract's version: <c>1.&lt;minor&gt;</c>. The minor grows with every additive change within v1; anything a
/// client generated from an earlier 1.x could trip over is a v2, served beside v1 for a transition period.
/// </summary>
public static class ContractVersion
{
    /// <summary>Raise the minor when an operation, an optional field or parameter, a response or a problem code is added.</summary>
    public const string Current = "1.2";

    public const string Policy = "Versioning: `info.version` is `1.<minor>`. Within v1 a change is additive only (new operations, new optional request "
        + "fields and parameters, new response fields, new problem codes and statuses, new enum values); clients must ignore unknown fields and "
        + "treat an unknown `code` by its HTTP status. Removing or renaming anything, making something required, or changing a type or a status "
        + "needs v2 (`/openapi/v2.json`), and v1 stays served for at least 12 months after v2 is released.";
}
