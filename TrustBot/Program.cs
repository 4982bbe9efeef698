using TrustBot.DirectLine;
using TrustBot.Dialogs;
using TrustBot.Dialogs.Engine;
using TrustBot.WebChat;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrustBotDialogs();
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddTrustBotDirectLine();
builder.Services.AddTrustBotWebChat();

var app = builder.Build();
app.UseWebChatPageHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.UseCors();
app.UseRateLimiter();
app.MapGet("/healthz", () => "ok");
app.MapGet("/embed", (HttpRequest request) => Results.Redirect("/embed.html" + request.QueryString));
app.MapDirectLine();
app.MapWebChat();
app.Run();

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
