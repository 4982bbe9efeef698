using TrustBot.Dialogs;
using TrustBot.DirectLine;
using TrustBot.Handoff;
using TrustBot.History;
using TrustBot.Hosting;
using TrustBot.Messaging;
using TrustBot.PersonalData;
using TrustBot.Progress;
using TrustBot.Safety.ContentSafety;
using TrustBot.Scheduling;
using TrustBot.Sentiment;
using TrustBot.StaffConsole;
using TrustBot.Startup;
using TrustBot.Storage;
using TrustBot.Teams;
using TrustBot.WebChat;

if (args is [TrustBot.Cli.AnalyzeCommand.Name, ..])
{
    // Offline analysis tool: runs before (and instead of) the web host.
    return await TrustBot.Cli.AnalyzeCommand.RunAsync(args[1..], Console.In, Console.Out, CancellationToken.None);
}

if (args is [TrustBot.Cli.HashPasswordCommand.Name, ..])
{
    return await TrustBot.Cli.HashPasswordCommand.RunAsync(Console.In, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseTrustBotDefaultUrls();
builder.Services.AddTrustBotDialogs();
builder.Services.AddTrustBotStorage(builder.Configuration);
builder.Services.AddTrustBotMessaging(builder.Configuration);
builder.Services.AddTrustBotTeams(builder.Configuration);
builder.Services.AddTrustBotSentiment(builder.Configuration);
builder.Services.AddTrustBotContentSafety(builder.Configuration);
builder.Services.AddTrustBotDirectLine();
builder.Services.AddTrustBotScheduling(builder.Configuration);
builder.Services.AddTrustBotWebChat();
builder.Services.AddTrustBotHandoff(builder.Configuration);
builder.Services.AddTrustBotStaffConsole(builder.Configuration);
builder.Services.AddTrustBotStartup();
builder.Services.AddTrustBotPersonalData();
builder.Services.AddTrustBotHistoryStore();
builder.Services.AddTrustBotProgressCharts();

var app = builder.Build();
app.UseWebChatPageHeaders();
app.UseStaffConsolePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.UseCors();
app.UseRateLimiter();
app.MapTrustBotHealth();
app.MapBotMessaging();
app.MapDirectLine();
app.MapWebChat();
app.MapStaffConsole();
app.Run();
return 0;

/// <summary>Entry point, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
