using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Api.Contract;

/// <summary>
/// An endpoint that streams its multipart body (<see cref="UploadForm"/>) binds no parameter the generator could see,
/// so the form is declared here: one binary file field, which client generators turn into a stream argument.
/// </summary>
internal sealed class UploadFormTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<UploadForm>().FirstOrDefault() is { } form)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { form.FileField },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [form.FileField] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.String,
                                    Format = "binary",
                                    Description = "The document; its part's Content-Type and file name are kept. Other fields are ignored.",
                                },
                            },
                        },
                    },
                },
            };
        }

        return Task.CompletedTask;
    }
}
