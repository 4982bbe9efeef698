using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Welcome;
using TrustBot.Scheduling;
using Xunit.Abstractions;

namespace TrustBot.Tests.Browser;

/// <summary>
/// A website person sets a schedule in the real Web Chat, leaves the page, the check-in comes due while
/// no widget is connected, and the prompt is there when they come back; one tap starts the check-in.
/// </summary>
[Collection(RealBotBrowserCollection.Name)]
public sealed class ScheduledPromptBrowserTests(RealBotBrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task PromptDueWhileTheWidgetIsClosed_IsShownOnReconnect_AndStartsACheckIn()
    {
        var chat = await browser.OpenChatAsync("/");
        try
        {
            await chat.AcceptWelcomeAsync();
            await chat.ClickSuggestedActionExactAsync(WelcomeMessages.NotNowButton);
            await chat.WaitForBotMessageAsync(ScheduleOffer.Text);
            await chat.ClickSuggestedActionExactAsync(ScheduleOffer.Button);
            await chat.WaitForBotMessageAsync(ScheduleMessages.HowOften);
            await chat.ClickSuggestedActionExactAsync(ScheduleMessages.Daily);
            await chat.WaitForBotMessageAsync(ScheduleMessages.WhatTime);
            await chat.SendTextAsync("9am");
            await chat.WaitForBotMessageAsync("Keep it?");
            await chat.ClickSuggestedActionExactAsync(ScheduleMessages.KeepZoneButton);
            await chat.WaitForBotMessageAsync(ScheduleMessages.QuietHoursQuestion);
            await chat.ClickSuggestedActionExactAsync(ScheduleMessages.NoQuietHours);
            await chat.WaitForBotMessageAsync("Done: check-ins every day at 9:00");
            var chatUrl = chat.Page.Url;

            // The widget closes: the page is gone, and with it the WebSocket.
            await chat.Page.GotoAsync("about:blank");

            // The person's trigger comes due now; the real dispatcher delivers it to the Direct Line conversation.
            var scheduler = await browser.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = Assert.Single(await scheduler.GetTriggersOfJob(CheckInTriggers.PromptJob));
            var data = trigger.JobDataMap;
            var occurrence = new DueOccurrence(
                data.GetString(CheckInTriggers.ChannelIdKey)!,
                data.GetString(CheckInTriggers.UserIdKey)!,
                data.GetString(CheckInTriggers.ConversationIdKey),
                PromptKind.CheckIn,
                CheckInTriggers.Regular,
                trigger.NextFireTimeUtc!.Value);
            Assert.NotNull(await browser.Services.GetRequiredService<CheckInDispatcher>().OnDueAsync(occurrence, CancellationToken.None));

            await chat.Page.GotoAsync(chatUrl);
            await chat.WaitForBotMessageAsync(ScheduleMessages.Prompt);
            await chat.ClickSuggestedActionExactAsync(ScheduleMessages.StartButton);
            await chat.WaitForBotMessageAsync(CheckInMessages.AskFeeling);
            await chat.AssertNoSendFailedAsync();
            output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("scheduled-prompt-on-reconnect")}");

            await chat.SendTextAsync("stop check-ins");
            await chat.WaitForBotMessageAsync(ScheduleMessages.Stopped);
        }
        finally
        {
            await chat.CloseAsync();
        }
    }
}
