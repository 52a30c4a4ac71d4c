using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Training.Infrastructure.Jobs;
using Training.Web.Features.Certificates;
using Training.Web.Features.Evaluation;
using Training.Web.Features.Privacy;
using Training.Web.Features.Registrations;
using Training.Web.Features.SentMail;
using Training.Web.Features.Account;
using Training.Web.Shared;

namespace Training.Web.Startup;

public static class TrainingPipeline
{
    public static WebApplication UseTraining(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !KeyProtection.IsConfigured(app.Configuration))
            app.Logger.LogWarning("Data Protection keys are stored unencrypted in the database: whoever reads the database or a backup can forge " +
                "sign-in cookies and participants' sealed links. Set DataProtection:CertificatePath and DataProtection:CertificatePassword (see README, Security).");
        app.UseSecureTransport();
        if (!app.Environment.IsDevelopment())
        {
            // A fresh scope for the error page: the failed request's services (its DbContext, its cached sign-in check)
            // are not asked again.
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
            app.UseHsts();
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseMiddleware<BodySizeLimit>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorSetup();

        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorDashboardFilter()],
            DisplayStorageConnectionString = false,
        }, app.Services.GetRequiredService<JobStorage>());
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        OutboxJob.Schedule(jobs, app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.OutboxSchedule);
        RegistrationJob.Schedule(jobs);
        CertificateJob.Schedule(jobs);
        EvaluationJob.Schedule(jobs);
        RetentionJob.Schedule(jobs);
        return app;
    }
}
