using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Safety;

/// <summary>The safety layer inside real conversations: crisis interrupts, answers, distress offers, audit.</summary>
public sealed class SafetyTranscriptTests
{
    private static async Task StartCheckInAsync(TestConversation convo)
    {
        await convo.JoinAsync();
        await convo.SendAsync(WelcomeMessages.ConsentYes);
        await convo.SendAsync("yes");
        await convo.SendAsync("yes");
        (await convo.SendAsync(WelcomeMessages.StartButton)).ShouldContain("How are you feeling right now?");
    }

    private static IEnumerable<string> CardButtons(IEnumerable<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? [])
            .Where(a => a.ContentType == ContentTypes.HeroCard)
            .SelectMany(a => a.Content!["buttons"]!.AsArray())
            .Select(b => b!["value"]!.GetValue<string>());

    [Theory]
    [InlineData("en-GB", "Samaritans", "tel:116123", "999")]
    [InlineData("en-US", "988", "tel:988", "911")]
    [InlineData("en-AU", "Lifeline", "tel:131114", "000")]
    public async Task CrisisInTheMiddleOfACheckIn_InterruptsWithTheCountrysLine(string locale, string line, string callUri, string emergency)
    {
        await using var convo = new TestConversation(locale: locale);
        await StartCheckInAsync(convo);
        await convo.SendAsync("sad");
        var crisis = await convo.SendAsync("honestly i just want to end my life");
        crisis.ShouldContain(line);
        crisis.ShouldContain(emergency);
        crisis.ShouldContain(SafetyMessages.AreYouSafe);
        crisis.ShouldNotContain("Which word fits");
        Assert.Contains(callUri, CardButtons(crisis));
        Assert.Contains(SafetyMessages.SafeNow, crisis.Buttons());
    }

    [Fact]
    public async Task ParkedCheckIn_IsNotSilentlyContinued_AndResumesOnlyWhenAsked()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        await convo.SendAsync("lonely");
        await convo.SendAsync("Just lonely");
        await convo.SendAsync("I want to kill myself");
        var safe = await convo.SendAsync(SafetyMessages.SafeNow);
        safe.ShouldContain(EscalationMessages.SafeNow);
        safe.ShouldContain(EscalationMessages.AskResume);
        var resumed = await convo.SendAsync(EscalationMessages.ResumeButton);
        resumed.ShouldContain(EscalationMessages.Resuming);
        resumed.ShouldContain("How strong is the feeling of being lonely");
        (await convo.SendAsync("6")).ShouldContain(CheckInMessages.AskWho);
    }

    [Fact]
    public async Task SafeThenStop_LeavesTheCheckInParkedForGood()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        await convo.SendAsync("kms");
        await convo.SendAsync("I'm safe");
        (await convo.SendAsync(EscalationMessages.StopButton)).ShouldContain(EscalationMessages.Stopped);
        var next = await convo.SendAsync("hello");
        next.ShouldNotContain("How are you feeling right now?");
        next.ShouldNotContain("Would you like to do a check-in?");
        next.ShouldContain(EscalationMessages.Present);
    }

    [Fact]
    public async Task NotSafe_GetsTheEmergencyNumberFirstAndTheChatStaysOpen()
    {
        await using var convo = new TestConversation(locale: "en-US");
        await StartCheckInAsync(convo);
        await convo.SendAsync("I am going to kill myself tonight");
        var notSafe = await convo.SendAsync(SafetyMessages.NotSafe);
        notSafe.ShouldContain("Please call 911 now");
        Assert.Equal("tel:911", CardButtons(notSafe).First());
        var after = await convo.SendAsync("ok");
        after.Should_NotBeEmpty();
        after.ShouldContain(EscalationMessages.AskAgain);
    }

    [Theory]
    [InlineData("this deadline is killing me")]
    [InlineData("I'm dying to see her tonight")]
    [InlineData("I would never hurt myself")]
    public async Task IdiomOrNegationInTheMiddle_DoesNotInterrupt(string text)
    {
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        await convo.SendAsync("scared");
        await convo.SendAsync("overwhelmed");
        await convo.SendAsync("5");
        await convo.SendAsync("Coworker");
        var thought = await convo.SendAsync(text);
        thought.ShouldNotContain(SafetyMessages.AreYouSafe);
        thought.ShouldContain("what did your mind tell you");
        Assert.DoesNotContain(convo.AuditLog.Records, r => r.Event == "crisis");
    }

    [Fact]
    public async Task HighIntensity_OffersGroundingOrAPersonThenReturnsToTheQuestion()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        await convo.SendAsync("hurt");
        await convo.SendAsync("betrayed");
        var offer = await convo.SendAsync("9");
        offer.ShouldContain(CheckInMessages.AskWho);
        offer.ShouldContain(EscalationMessages.DistressOffer);
        Assert.Equal([EscalationMessages.GroundingButton, EscalationMessages.PersonButton, EscalationMessages.KeepGoingButton], offer.Buttons());
        var person = await convo.SendAsync(EscalationMessages.PersonButton);
        person.ShouldContain("Samaritans");
        person.ShouldContain(CheckInMessages.AskWho);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "distress" && r.RuleId == "distress.high-intensity");
    }

    [Fact]
    public async Task TwoVeryNegativeMessagesInARow_OfferSupport()
    {
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        await convo.SendAsync("Something else");
        await convo.SendAsync("I feel awful and completely miserable and hopeless about everything");
        var second = await convo.SendAsync("everything is terrible and I hate how horrible this feels");
        second.ShouldContain(EscalationMessages.DistressOffer);
        var grounding = await convo.SendAsync(EscalationMessages.GroundingButton);
        grounding.ShouldContain("Breathe");
    }

    [Fact]
    public async Task ControllingBehaviourAsATrigger_GoesToTheAbuseFlowNotAnExercise()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        await convo.SendAsync("scared");
        await convo.SendAsync("anxious");
        await convo.SendAsync("6");
        await convo.SendAsync("Partner");
        var reply = await convo.SendAsync("he reads all my messages and won't let me see my friends");
        reply.ShouldContain(SafetyMessages.AbuseSafeToTalk);
        reply.ShouldContain("Refuge");
        reply.ShouldNotContain("what did your mind tell you");
        (await convo.SendAsync(SafetyMessages.SafeToTalk)).ShouldContain(EscalationMessages.AbuseCanTalk);
    }

    [Fact]
    public async Task PassiveSignal_AsksDirectlyAndANoLeadsBackGently()
    {
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        var clarify = await convo.SendAsync("sometimes i wish i could just go to sleep and not wake up");
        clarify.ShouldContain(SafetyMessages.ClarifyQuestion);
        var no = await convo.SendAsync("No");
        no.ShouldContain(EscalationMessages.ClarifyNo);
        no.ShouldContain(EscalationMessages.AskResume);
    }

    [Fact]
    public async Task PassiveSignal_AYesEscalates()
    {
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        await convo.SendAsync("what's the point of being here anymore");
        var yes = await convo.SendAsync("yes");
        yes.ShouldContain("988");
        yes.ShouldContain(SafetyMessages.AreYouSafe);
    }

    [Fact]
    public async Task CrisisCommand_ShowsTheLinesAndAsksTheSameQuestionAgain()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        var reply = await convo.SendAsync("SOS");
        reply.ShouldContain("Samaritans");
        reply.ShouldContain("How are you feeling right now?");
    }

    [Fact]
    public async Task CrisisDuringTheWelcome_InterruptsItAndItCanBeResumed()
    {
        await using var convo = new TestConversation(locale: "en-US");
        await convo.JoinAsync();
        var crisis = await convo.SendAsync("i dont want to be alive anymore");
        crisis.ShouldNotContain(WelcomeMessages.ConsentGiven);
        crisis.ShouldContain(SafetyMessages.ClarifyQuestion);
        (await convo.SendAsync(SafetyMessages.Yes)).ShouldContain("988");
        await convo.SendAsync(SafetyMessages.SafeNow);
        (await convo.SendAsync(EscalationMessages.ResumeButton)).ShouldContain(WelcomeMessages.AskConsent);
    }

    [Fact]
    public async Task CrisisDuringMyData_InterruptsIt()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        await StartCheckInAsync(convo);
        await convo.SendAsync("cancel");
        (await convo.SendAsync("my data")).ShouldContain("What would you like to do with your data?");
        (await convo.SendAsync("I cut myself again last night")).ShouldContain("Samaritans");
    }

    [Fact]
    public async Task HelpWhileASafetyQuestionIsOpen_AsksItAgain()
    {
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        await convo.SendAsync("I am going to kill myself tonight");
        var help = await convo.SendAsync("help");
        help.ShouldContain("Here's what you can say");
        help.ShouldContain(SafetyMessages.AreYouSafe);
        Assert.Contains(SafetyMessages.SafeNow, help.Buttons());
    }

    [Fact]
    public async Task AuditRecords_NameTheRuleButNeverTheText()
    {
        const string message = "I am going to overdose on my sleeping pills tonight";
        await using var convo = new TestConversation();
        await StartCheckInAsync(convo);
        await convo.SendAsync(message);
        await convo.SendAsync(SafetyMessages.SafeNow);
        var crisis = Assert.Single(convo.AuditLog.Records, r => r.Event == "crisis");
        Assert.False(string.IsNullOrEmpty(crisis.RuleId));
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "answer" && r.Choice == "safe");
        var everything = string.Join("|", convo.AuditLog.Records.Select(r => r.ToString()));
        Assert.DoesNotContain("sleeping", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tonight", everything, StringComparison.OrdinalIgnoreCase);
    }
}
