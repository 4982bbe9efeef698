using System.Globalization;
using System.Text;

namespace TrustBot.Benchmarks;

/// <summary>
/// Reads the Reddit C-SSRS CSV (<c>User,Post,Label</c>, where <c>Post</c> is a Python list literal of
/// strings). Rows that a spreadsheet cut short keep the posts read so far.
/// </summary>
internal static class CssrsCsv
{
    public sealed record User(string Name, IReadOnlyList<string> Posts, string Label);

    public static List<User> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var rows = ParseCsv(text);
        return [.. rows.Skip(1).Where(r => r.Count >= 3).Select(r => new User(r[0], ParsePythonList(r[1]), r[2].Trim()))];
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The strings of a Python list literal such as <c>['a', "b's"]</c>; an unterminated last string is kept.</summary>
    internal static List<string> ParsePythonList(string literal)
    {
        var items = new List<string>();
        var i = 0;
        while (i < literal.Length)
        {
            var quote = literal[i];
            if (quote is not ('\'' or '"'))
            {
                i++;
                continue;
            }

            var item = new StringBuilder();
            i++;
            while (i < literal.Length && literal[i] != quote)
            {
                if (literal[i] == '\\' && i + 1 < literal.Length)
                {
                    i++;
                    i = AppendEscape(literal, i, item);
                    continue;
                }

                item.Append(literal[i]);
                i++;
            }

            items.Add(item.ToString());
            i++;
        }

        return items;
    }

    private static int AppendEscape(string literal, int i, StringBuilder item)
    {
        var c = literal[i];
        switch (c)
        {
            case 'n':
                item.Append('\n');
                return i + 1;
            case 't':
                item.Append(' ');
                return i + 1;
            case 'x' when i + 2 < literal.Length && int.TryParse(literal.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex):
                item.Append((char)hex);
                return i + 3;
            case 'u' when i + 4 < literal.Length && int.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                item.Append((char)code);
                return i + 5;
            default:
                item.Append(c);
                return i + 1;
        }
    }
}
