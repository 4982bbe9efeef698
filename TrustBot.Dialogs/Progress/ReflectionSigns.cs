namespace TrustBot.Dialogs.Progress;

/// <summary>The five signs that healing is working (conversation.md section 7), rated 1-5 in the reflection.</summary>
public static class ReflectionSigns
{
    public static IReadOnlyList<(string Id, string Statement)> All { get; } =
    [
        ("safer", "I feel safer in close relationships"),
        ("notice", "I notice trustworthy behaviour more easily"),
        ("boundaries", "I can set boundaries without pulling away"),
        ("guarded", "I feel less guarded"),
        ("ask-help", "I ask for help when I need it"),
    ];
}
