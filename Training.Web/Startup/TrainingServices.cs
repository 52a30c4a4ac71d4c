using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Training.Infrastructure.Email;
using Training.Infrastructure.Files;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Jobs;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Infrastructure.Seeding;
using Training.Web.Features.Account;
using Training.Web.Features.Audit;
using Training.Web.Features.Certificates;
using Training.Web.Features.Culture;
using Training.Web.Features.Evaluation;
using Training.Web.Features.Privacy;
using Training.Web.Features.Registrations;
using Training.Web.Features.StaffDevelopment;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Startup;

public static class TrainingServices
{
    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        services.AddTrainingDatabase(database, builder.Environment.ContentRootPath);
        services.AddSingleton(TimeProvider.System);

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        var privacy = configuration.GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new();
        if (builder.Environment.IsProduction())
            privacy.RequireOfficer();
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        // Qualified: ASP.NET Core has a SessionOptions of its own in Microsoft.AspNetCore.Builder.
        services.Configure<Training.Web.Features.Account.SessionOptions>(configuration.GetSection(Training.Web.Features.Account.SessionOptions.Section));
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.Configure<RegistrationOptions>(configuration.GetSection(RegistrationOptions.Section));
        services.Configure<EvaluationOptions>(configuration.GetSection(EvaluationOptions.Section));
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.Section));
        services.Configure<StaffDevelopmentOptions>(configuration.GetSection(StaffDevelopmentOptions.Section));
        // Uploaded materials live outside the web root (data/files beside the database unless configured).
        services.AddSingleton(new FileStore(
            FileStore.RootFor(configuration["Files:Path"], builder.Environment.ContentRootPath)));
        // Multipart bodies up to the upload limit plus the form around it.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Uploads.MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = Uploads.MaxRequestBytes);
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<JobLeases>();
        services.AddScoped<Mailer>();
        services.AddScoped<RegistrationEmails>();
        services.AddSingleton<LinkSessions>();
        services.AddSingleton<LinkCookie>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<RegistrationWriter>();
        AddFeatureServices(services);

        var seedPath = configuration["Seed:Path"];
        services.AddSingleton(new SeedFiles(string.IsNullOrWhiteSpace(seedPath) ? SeedFiles.Locate(AppContext.BaseDirectory) : seedPath));
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoUserSeeder>();
        services.AddScoped<DemoTrainingSeeder>();
        services.AddScoped<IdentityBootstrap>();

        AddIdentity(services);
        AddLocalisation(services);
        AddMvc(services);
        AddJobs(services, configuration, database);

        // A year, subdomains included: once seen, a browser never reaches the Centre's address over plain HTTP.
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddKeyProtection(configuration);
        services.AddTrainingRateLimits(configuration);
        // One query on a pooled connection: EF's default check (CanConnect) opens a fresh SQLite connection each time,
        // about 0.8 ms and serialised, which made /health the slowest page of the app.
        services.AddHealthChecks().AddDbContextCheck<TrainingDbContext>("database", customTestQuery: async (db, cancellationToken) =>
        {
            await db.Sectors.AnyAsync(cancellationToken);
            return true;
        });
        services.AddHttpContextAccessor();
        return builder;
    }

    /// <summary>Each feature's services and jobs (classes named *Service or *Job under Features/), one per request scope.</summary>
    private static void AddFeatureServices(IServiceCollection services)
    {
        var features = typeof(TrainingServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith("Training.Web.Features", StringComparison.Ordinal) == true
                        && (t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Name.EndsWith("Job", StringComparison.Ordinal)));
        foreach (var type in features)
            services.AddScoped(type);
    }

    private static Task RedirectWithin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var uri = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
        context.Response.Redirect(uri.IsAbsoluteUri ? uri.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // Length, not composition, makes a password strong (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TrainingDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OnceOnlyAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalisedIdentityErrors>();

        services.AddScoped<IPasswordHasher<AppUser>, Argon2PasswordHasher>();
        services.AddMemoryCache();
        services.AddScoped<SignInSessions>();
        services.ConfigureApplicationCookie(o =>
        {
            // __Host-: only over HTTPS (browsers count localhost as secure), for this host and path "/" alone.
            o.Cookie.Name = "__Host-Training.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            // Redirects stay relative: the browser keeps the scheme and host it used (see SecureTransport).
            o.Events.OnRedirectToLogin = context => RedirectWithin(context);
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                await context.HttpContext.RequestServices.GetRequiredService<AuditService>().RecordAsync("Account.AccessDenied", "User",
                    context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier), "path=" + context.Request.Path);
                await RedirectWithin(context);
            };
            o.Events.OnRedirectToReturnUrl = context => RedirectWithin(context);
            o.Events.OnRedirectToLogout = context => RedirectWithin(context);
            var checkStamp = o.Events.OnValidatePrincipal;
            o.Events.OnSigningIn = async context =>
            {
                var identity = (ClaimsIdentity)context.Principal!.Identity!;
                var services = context.HttpContext.RequestServices;
                foreach (var stale in identity.FindAll(TwoFactor.SetupClaim).ToList())
                    identity.RemoveClaim(stale);
                if (await TwoFactor.SetupDueAsync(services, context.Principal))
                    identity.AddClaim(new Claim(TwoFactor.SetupClaim, "due"));
                if (identity.HasClaim(c => c.Type == SignInSessions.Claim))
                    return;
                // A refreshed sign-in (after a password change, say) keeps the session it refreshes; another user's never.
                var current = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) == context.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
                    ? context.HttpContext.User.FindFirstValue(SignInSessions.Claim)
                    : null;
                var id = current ?? await services.GetRequiredService<SignInSessions>()
                    .StartAsync(context.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
                identity.AddClaim(new Claim(SignInSessions.Claim, id));
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<SignInSessions>();
                bool live;
                try
                {
                    live = await sessions.IsLiveAsync(context.Principal!);
                }
                catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex) && context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
                {
                    // The error page for a database out of reach is shown without the user, who stays signed in.
                    context.RejectPrincipal();
                    return;
                }
                if (!live)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await checkStamp(context);
            };
        });
        // The sign-in session's options, qualified as above.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<Training.Web.Features.Account.SessionOptions>>((o, session) => o.ExpireTimeSpan = TimeSpan.FromMinutes(session.Value.IdleMinutes));
        foreach (var (scheme, name) in new[] { (IdentityConstants.TwoFactorUserIdScheme, "__Host-Training.TwoFactor"), (IdentityConstants.TwoFactorRememberMeScheme, "__Host-Training.Remember"),
                     (IdentityConstants.ExternalScheme, "__Host-Training.External") })
            services.Configure<CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = name;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
            });
        // The security stamp check rebuilds the principal from the database; the session's id goes with it.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            foreach (var claim in context.CurrentPrincipal?.Claims.Where(c => c.Type.StartsWith("training:", StringComparison.Ordinal)) ?? [])
                ((ClaimsIdentity)context.NewPrincipal!.Identity!).AddClaim(new Claim(claim.Type, claim.Value));
            return Task.CompletedTask;
        });
        // TempData carries the one-line notices after a redirect ("saved"); its cookie follows the same rules.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "__Host-Training.Notice";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-Training.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        services.AddAuthorization(o =>
        {
            // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
    }

    private static void AddLocalisation(IServiceCollection services)
    {
        services.AddSingleton<SectorNames>();
        services.AddSingleton(provider => TextCatalog.Default.WithNames(provider.GetRequiredService<SectorNames>().Find));
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.SerbianCyrillic);
            o.SupportedCultures = [.. Cultures.Supported.Select(Cultures.Info)];
            o.SupportedUICultures = [.. Cultures.Supported.Select(Cultures.Info)];
            o.FallBackToParentCultures = false;
            o.FallBackToParentUICultures = false;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureController.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // Razor escapes every non-Latin letter by default; the interface is Cyrillic.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    private static void AddMvc(IServiceCollection services)
    {
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new NoStoreAttribute { FilesOnly = true });
                o.Filters.Add(new DateRangeFilter());
                o.ModelBinderProviders.Insert(0, new InvariantDecimalBinderProvider());
                ModelBindingMessages.Localise(o.ModelBindingMessageProvider, TextCatalog.Default);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(TextCatalog)));
        services.Configure<RazorViewEngineOptions>(o =>
        {
            // Feature folders: a controller's views live beside it.
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Shared/{0}.cshtml");
            o.ViewLocationExpanders.Add(new FeatureViewLocations());
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
    }

    private static void AddJobs(IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        // Each app instance owns its storage object; Hangfire's static JobStorage.Current is not relied on,
        // so two hosts in one process (as in tests) never share or dispose each other's storage.
        services.AddSingleton<JobStorage>(provider =>
        {
            // Hangfire's logging is global: point it at this host before the storage asks for a logger.
            GlobalConfiguration.Configuration.UseLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(provider.GetRequiredService<ILoggerFactory>()));
            return database.Provider == DatabaseProvider.SqlServer
                ? new SqlServerStorage(database.ConnectionString)
                : new InMemoryStorage();
        });
        services.AddHangfire((provider, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (jobs.RunServer)
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = 2;
                // A schedule in seconds needs the scheduler to look more often than its default 15 s.
                if (jobs.OutboxSchedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6)
                    o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
    }
}
