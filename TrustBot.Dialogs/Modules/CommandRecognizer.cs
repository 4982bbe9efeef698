using System.Collections.Frozen;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Modules;

/// <summary>
/// Recognises a registered <see cref="IBotCommand"/> only when the whole message is one of its phrases
/// ("help", "cancel", "check in"), so an answer that merely contains the word ("I needed help and didn't
/// ask") is never hijacked. Two commands claiming one phrase fail at start-up, not in a conversation.
/// </summary>
public sealed class CommandRecognizer
{
    private const string Please = "please ";
    private readonly FrozenDictionary<string, IBotCommand> _phrases;
    private readonly FrozenDictionary<string, IBotCommand> _symbols;

    public CommandRecognizer(IEnumerable<IBotCommand> commands)
    {
        var phrases = new Dictionary<string, IBotCommand>(StringComparer.Ordinal);
        var symbols = new Dictionary<string, IBotCommand>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            foreach (var text in command.Phrases.Values.SelectMany(p => p))
            {
                var normalized = InputNormalizer.Normalize(text);
                var (table, key) = normalized.Length == 0 ? (symbols, text.Trim()) : (phrases, normalized);
                if (table.TryGetValue(key, out var other) && other != command)
                {
                    throw new InvalidOperationException($"The phrase '{text}' belongs to both '{other.Id}' and '{command.Id}'.");
                }

                table[key] = command;
            }
        }

        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _symbols = symbols.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The command the whole message names, or null.</summary>
    public IBotCommand? Recognize(string? text)
    {
        if (text is not null && _symbols.TryGetValue(text.Trim(), out var symbol))
        {
            return symbol;
        }

        var normalized = InputNormalizer.Normalize(text);
        if (normalized.StartsWith(Please, StringComparison.Ordinal))
        {
            normalized = normalized[Please.Length..];
        }

        return _phrases.GetValueOrDefault(normalized);
    }

    /// <summary>The command, unless the active dialog answers these words itself.</summary>
    public IBotCommand? Recognize(string? text, DialogInstance? activeDialog) =>
        Recognize(text) is { } command && command.AppliesWhile(activeDialog) ? command : null;
}
