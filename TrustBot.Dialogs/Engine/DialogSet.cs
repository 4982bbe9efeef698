namespace TrustBot.Dialogs.Engine;

/// <summary>A registry of dialogs by id, and by the old ids (<see cref="Dialog.Aliases"/>) of renamed ones.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        foreach (var id in dialog.Aliases.Prepend(dialog.Id))
        {
            if (!_dialogs.TryAdd(id, dialog))
            {
                throw new InvalidOperationException($"A dialog with id '{id}' is already registered.");
            }
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
