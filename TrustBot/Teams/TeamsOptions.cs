using System.ComponentModel.DataAnnotations;

namespace TrustBot.Teams;

/// <summary>Teams settings: where the group-chat invitation sends people to talk privately.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The bot's app id for the personal-chat deep link; empty = <c>MicrosoftAppId</c>, then the activity's recipient.</summary>
    public string? BotAppId { get; set; }

    /// <summary>The deep link that opens a one-to-one chat; the bot's <c>28:</c> id is appended.</summary>
    [Required]
    [Url]
    public string PersonalChatLinkBase { get; set; } = "https://teams.microsoft.com/l/chat/0/0?users=";
}
