using TrustBot.Dialogs;
using TrustBot.Hosting;
using TrustBot.Messaging;
using TrustBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.UseTrustBotDefaultUrls();
builder.Services.AddTrustBotDialogs();
builder.Services.AddTrustBotStorage(builder.Configuration);
builder.Services.AddTrustBotMessaging(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapBotMessaging();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
