using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>What a prompt asks and accepts. Serialised into the prompt's state, so it survives restarts.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent after input that was not understood; <see cref="Prompt"/> again when unset.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>Sent when the person has not been understood <see cref="MaxAttempts"/> times; the prompt then ends with no result.</summary>
    public Activity? GiveUpPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>How a Teams question card lays out the choices.</summary>
    public PromptCardLayout CardLayout { get; set; }

    /// <summary>The question as a Teams card shows it, when the prompt text says more than the card needs (it lists the details itself).</summary>
    public string? CardQuestion { get; set; }

    /// <summary>Attempts before the prompt gives up and ends with no result (there is no limit in the SDK; we want one).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>"skip" ends the prompt with no result.</summary>
    public bool AllowSkip { get; set; } = true;

    /// <summary>Adds a "Skip" button (text prompts).</summary>
    public string? SkipButtonTitle { get; set; }

    /// <summary>Choice prompts: unrecognised text is returned as a free-text choice instead of re-asking.</summary>
    public bool AcceptFreeText { get; set; }

    /// <summary>Number prompts: the inclusive range.</summary>
    public int? Min { get; set; }

    public int? Max { get; set; }

    public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, ProtocolJson.Options)!;

    public static PromptOptions FromJson(JsonNode? node) => node?.Deserialize<PromptOptions>(ProtocolJson.Options) ?? new PromptOptions();
}
