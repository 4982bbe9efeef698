using System.Globalization;
using System.Text;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>
/// Reads a pattern and names literal strings of which every match must contain at least one
/// ("\bkill (?:my)?self\b" needs "kill "): a text with none of them cannot match, so the regex need
/// not run. Conservative by construction: anything this reader does not understand (inline options,
/// back-references, conditionals) yields no literals, and such patterns always run.
/// </summary>
internal static class NecessaryLiterals
{
    /// <summary>The necessary literals of <paramref name="pattern"/> (options: case-sensitive, no pattern whitespace), or null when none can be named.</summary>
    public static string[]? Of(string pattern)
    {
        var reader = new Reader(pattern);
        var result = reader.Alternation();
        return reader.Failed || !reader.AtEnd || result is null ? null : [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What one piece of a pattern guarantees: a single literal character, nothing (zero width), or a set of necessary literals (null: no guarantee).</summary>
    private readonly record struct Piece(char? Literal, bool ZeroWidth, List<string>? Literals);

    private sealed class Reader(string pattern)
    {
        private int _pos;

        public bool Failed { get; private set; }

        public bool AtEnd => _pos >= pattern.Length;

        /// <summary>Branches separated by <c>|</c>: a match needs one literal of whichever branch it took.</summary>
        public List<string>? Alternation()
        {
            var union = new List<string>();
            var guaranteed = true;
            while (true)
            {
                var branch = Sequence();
                if (branch is null)
                {
                    guaranteed = false;
                }
                else
                {
                    union.AddRange(branch);
                }

                if (_pos < pattern.Length && pattern[_pos] == '|')
                {
                    _pos++;
                    continue;
                }

                return guaranteed ? union : null;
            }
        }

        /// <summary>Pieces in a row: adjacent single characters join into one literal; the strongest guarantee wins.</summary>
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            void Consider(List<string>? candidate)
            {
                if (candidate is { Count: > 0 } && (best is null || IsStronger(candidate, best)))
                {
                    best = candidate;
                }
            }

            void EndRun()
            {
                if (run.Length > 0)
                {
                    Consider([run.ToString()]);
                    run.Clear();
                }
            }

            while (!Failed && _pos < pattern.Length && pattern[_pos] is not ('|' or ')'))
            {
                var piece = Quantified(Atom());
                if (piece.Literal is { } c)
                {
                    run.Append(c);
                    continue;
                }

                EndRun();
                Consider(piece.Literals);
            }

            EndRun();
            return best;
        }

        // Longer shortest literal first (rarer in text), then fewer literals.
        private static bool IsStronger(List<string> a, List<string> b)
        {
            var shortestA = a.Min(s => s.Length);
            var shortestB = b.Min(s => s.Length);
            return shortestA != shortestB ? shortestA > shortestB : a.Count < b.Count;
        }

        private Piece Quantified(Piece atom)
        {
            if (_pos >= pattern.Length)
            {
                return atom;
            }

            int min;
            switch (pattern[_pos])
            {
                case '*' or '?':
                    min = 0;
                    _pos++;
                    break;
                case '+':
                    min = 1;
                    _pos++;
                    break;
                case '{' when TryBraces(out var braceMin):
                    min = braceMin;
                    break;
                default:
                    return atom;
            }

            if (_pos < pattern.Length && pattern[_pos] == '?')
            {
                _pos++; // lazy: the same guarantee
            }

            if (atom.ZeroWidth)
            {
                return atom;
            }

            // A repeated piece still needs its literals once, but cannot join its neighbours into one literal.
            var literals = atom.Literal is { } c ? [c.ToString()] : atom.Literals;
            return new Piece(null, false, min >= 1 ? literals : null);
        }

        private bool TryBraces(out int min)
        {
            min = 0;
            var close = pattern.IndexOf('}', _pos);
            if (close < 0)
            {
                return false;
            }

            var inner = pattern.AsSpan(_pos + 1, close - _pos - 1);
            var comma = inner.IndexOf(',');
            var first = comma < 0 ? inner : inner[..comma];
            var rest = comma < 0 ? [] : inner[(comma + 1)..];
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out min) || (!rest.IsEmpty && !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return false; // a literal brace
            }

            _pos = close + 1;
            return true;
        }

        private Piece Atom()
        {
            var c = pattern[_pos++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return default;
                case '.':
                    return default;
                case '^' or '$':
                    return new Piece(null, true, null);
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    Failed = true;
                    return default;
                default:
                    return new Piece(c, false, null);
            }
        }

        private Piece Group()
        {
            var zeroWidth = false;
            if (_pos < pattern.Length && pattern[_pos] == '?')
            {
                var rest = pattern.AsSpan(_pos + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">"))
                {
                    _pos += 2;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    _pos += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    _pos += 3;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("<") && rest.IndexOf('>') > 1 && IsName(rest[1..rest.IndexOf('>')]))
                {
                    _pos += 1 + rest.IndexOf('>') + 1;
                }
                else
                {
                    Failed = true; // inline options, conditionals, balancing groups
                    return default;
                }
            }

            var inner = Alternation();
            if (_pos >= pattern.Length || pattern[_pos] != ')')
            {
                Failed = true;
                return default;
            }

            _pos++;
            return zeroWidth ? new Piece(null, true, null) : new Piece(null, false, inner);
        }

        private static bool IsName(ReadOnlySpan<char> name)
        {
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private void SkipClass()
        {
            // "[]a]" and "[^]a]": a bracket right after the opening is a member.
            if (_pos < pattern.Length && pattern[_pos] == '^')
            {
                _pos++;
            }

            if (_pos < pattern.Length && pattern[_pos] == ']')
            {
                _pos++;
            }

            while (_pos < pattern.Length && pattern[_pos] != ']')
            {
                if (pattern[_pos] == '\\')
                {
                    _pos++;
                }
                else if (pattern[_pos] == '[')
                {
                    Failed = true; // class subtraction
                    return;
                }

                _pos++;
            }

            if (_pos >= pattern.Length)
            {
                Failed = true;
                return;
            }

            _pos++;
        }

        private Piece Escape()
        {
            if (_pos >= pattern.Length)
            {
                Failed = true;
                return default;
            }

            var c = pattern[_pos++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return new Piece(null, true, null);
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return default;
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _pos);
                    if (close < 0)
                    {
                        Failed = true;
                        return default;
                    }

                    _pos = close + 1;
                    return default;
                case 't':
                    return new Piece('\t', false, null);
                case 'n':
                    return new Piece('\n', false, null);
                case 'r':
                    return new Piece('\r', false, null);
                case 'f':
                    return new Piece('\f', false, null);
                case 'v':
                    return new Piece('\v', false, null);
                case 'u' when _pos + 4 <= pattern.Length && int.TryParse(pattern.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    _pos += 4;
                    return new Piece((char)code, false, null);
                case 'x' when _pos + 2 <= pattern.Length && int.TryParse(pattern.AsSpan(_pos, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex):
                    _pos += 2;
                    return new Piece((char)hex, false, null);
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        Failed = true; // back-references and rarer escapes
                        return default;
                    }

                    return new Piece(c, false, null);
            }
        }
    }
}
