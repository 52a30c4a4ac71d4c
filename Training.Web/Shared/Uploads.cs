using Training.Domain.Common;
using Training.Infrastructure.Files;

namespace Training.Web.Shared;

public static class Uploads
{
    /// <summary>The largest request body: the largest upload and the form around it.</summary>
    public const long MaxRequestBytes = UploadInspector.MaxBytes + 1024 * 1024;

    /// <summary>
    /// Reads an uploaded file into memory and checks it before anything is written; a refusal is a
    /// <see cref="DomainException"/> on <paramref name="field"/>. The caller disposes the buffer.
    /// </summary>
    public static async Task<(MemoryStream Buffer, UploadInspector.Accepted Accepted)> ReadAsync(IFormFile? upload, string field = "File")
    {
        if (upload is null)
            throw new DomainException("Upload.Missing", field);
        if (upload.Length > UploadInspector.MaxBytes)
            throw new DomainException("Upload.TooLarge", field, UploadInspector.MaxBytes / 1024 / 1024);
        var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        try
        {
            return (buffer, UploadInspector.Inspect(upload.FileName, buffer, buffer.Length, field));
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }
}
