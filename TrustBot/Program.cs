using TrustBot.Dialogs;
using TrustBot.Dialogs.Engine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrustBotDialogs();
builder.Services.AddSingleton<IStorage, MemoryStorage>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
