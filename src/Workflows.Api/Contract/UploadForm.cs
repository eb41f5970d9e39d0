namespace Workflows.Api.Contract;

/// <summary>Endpoint metadata: the endpoint reads a multipart form itself, with the file in <paramref name="FileField"/>.</summary>
public sealed record UploadForm(string FileField);
