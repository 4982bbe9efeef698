using TrustBot.Dialogs;
using TrustBot.Hosting;
using TrustBot.Messaging;
using TrustBot.Storage;

if (args is [TrustBot.Cli.AnalyzeCommand.Name, ..])
{
    // Offline analysis tool: runs before (and instead of) the web host.
    return await TrustBot.Cli.AnalyzeCommand.RunAsync(args[1..], Console.In, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseTrustBotDefaultUrls();
builder.Services.AddTrustBotDialogs();
builder.Services.AddTrustBotStorage(builder.Configuration);
builder.Services.AddTrustBotMessaging(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapBotMessaging();
app.Run();
return 0;

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
