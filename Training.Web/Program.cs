using Training.Web.Startup;

if (BackupCommand.IsCommand(args))
{
    // "backup <folder>" / "restore <folder>": the app's settings without starting it.
    var settings = WebApplication.CreateBuilder(args.Skip(2).ToArray());
    return await BackupCommand.RunAsync(args, settings.Configuration, settings.Environment.ContentRootPath, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddTraining();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseTraining();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Training system is running at {Urls} (database: {Provider})", string.Join(", ", app.Urls), app.Configuration["Database:Provider"] ?? "Sqlite"));

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
