using Training.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddTraining();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseTraining();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Training system is running at {Urls} (database: {Provider})", string.Join(", ", app.Urls), app.Configuration["Database:Provider"] ?? "Sqlite"));

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
