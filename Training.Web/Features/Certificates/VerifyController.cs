using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Persistence;
using Training.Web.Startup;
using Training.Web.Shared;

namespace Training.Web.Features.Certificates;

/// <summary>
/// Public pages for certificates: the verification page any employer may open (name, programme,
/// dates and hours only), and the download link from the certificate email.
/// </summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Public)]
public sealed class VerifyController(CertificateService certificates, TrainingDbContext db) : Controller
{
    [HttpGet("verify/{code}"), CountsMisses(RateLimits.VerifyMisses)]
    public async Task<IActionResult> Verify(string code)
    {
        var certificate = await certificates.ByCodeAsync(code);
        if (certificate is null)
            return NotFound();
        int? replacedBy = certificate.ReplacedById is int next ? db.Certificates.Where(c => c.Id == next).Select(c => c.Version).FirstOrDefault() : null;
        return View(new VerifyPage(certificate, replacedBy));
    }

    [HttpGet("certificates/{token}"), TokenPage, CountsMisses(RateLimits.TokenMisses)]
    public async Task<IActionResult> Download(string token)
    {
        var certificate = await certificates.ByDownloadTokenAsync(token);
        var content = certificate is null ? null : await certificates.FileAsync(certificate.Id);
        return content is null ? NotFound() : File(content, "application/pdf", CertificateService.FileName(certificate!));
    }
}
