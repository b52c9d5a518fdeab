using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// A literal pre-check derived from a regex's own pattern: strings of which every match holds one. A message that
/// holds none of them cannot match, so the regex (a scan of the whole message, stopping at nearly every letter for
/// the long cue alternations) is not run. Derived when a regex is first used, so edited patterns get a fresh gate;
/// a construct the analysis does not know leaves the regex ungated.
/// </summary>
internal static class RegexGate
{
    // Bounds on the finite languages tracked while reading a pattern: past them, the analysis keeps what is necessary only.
    private const int MaxExact = 64;
    private const int MaxFactors = 400;

    private static readonly ConcurrentDictionary<Regex, Gate?> Gates = new(ReferenceEqualityComparer.Instance);

    /// <summary>False when <paramref name="input"/> holds none of the strings every match of <paramref name="regex"/> holds.</summary>
    public static bool MayMatch(Regex regex, string input)
    {
        var gate = Gates.GetOrAdd(regex, static r => Build(r));
        return gate is null || gate.MayOccurIn(input);
    }

    /// <summary><see cref="Regex.IsMatch(string)"/>, skipped when the pre-check rules a match out.</summary>
    public static bool IsMatchGated(this Regex regex, string input) => MayMatch(regex, input) && regex.IsMatch(input);

    /// <summary><see cref="Regex.Match(string)"/>, a failed match when the pre-check rules a match out.</summary>
    public static Match MatchGated(this Regex regex, string input) => MayMatch(regex, input) ? regex.Match(input) : System.Text.RegularExpressions.Match.Empty;

    /// <summary><see cref="Regex.Match(string, int)"/>, a failed match when the pre-check rules a match out.</summary>
    public static Match MatchGated(this Regex regex, string input, int startat) => MayMatch(regex, input) ? regex.Match(input, startat) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The strings every match holds one of, or null when the pattern gives no such set.</summary>
    internal static IReadOnlyCollection<string>? Factors(Regex regex)
    {
        const RegexOptions Harmless = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled | RegexOptions.Multiline | RegexOptions.Singleline;
        if ((regex.Options & ~Harmless) != 0)
        {
            return null;
        }

        try
        {
            var reader = new PatternReader(regex.ToString());
            var info = reader.ReadAll();
            var set = info.Exact ?? info.Factors;
            return set is null || set.Count == 0 || set.Contains(string.Empty) ? null : Minimal(set);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A gate on <paramref name="strings"/>: a text that holds none of them is told so without a search for each.</summary>
    public static Gate Of(params string[] strings) => new(Gate.Searches(strings), Gate.GramsOf(strings));

    private static Gate? Build(Regex regex) =>
        Factors(regex) is { } factors ? new Gate(Gate.Searches(factors), Gate.GramsOf(factors)) : null;

    /// <summary>
    /// A regex's strings, and a cheaper check first: every run of two to four adjacent characters of each string, as bits of a
    /// hashed map of such runs. A message whose map lacks a run of every string holds none of them, and the string search (a
    /// pass over the message per regex) is skipped; the maps of a message, and which gates they may open, are found once for
    /// all regexes (<see cref="TextGrams"/>).
    /// </summary>
    internal sealed class Gate
    {
        // Past about 80 strings a string search runs an Aho-Corasick automaton a character at a time; up to this many it runs
        // a vectorised (Teddy) search, and a few of those over the same message cost several times less.
        private const int MaxPerSearch = 48;

        private readonly SearchValues<string>[] searches;

        public Gate(SearchValues<string>[] searches, int[]? grams)
        {
            this.searches = searches;
            Grams = grams;
            Id = grams is null ? -1 : TextGrams.Register(this);
        }

        /// <summary>This gate's place among the gates with a map check (-1: none).</summary>
        public int Id { get; }

        /// <summary>For each string, the count of its runs then their map bits, the rarest first (see <see cref="GramsOf"/>).</summary>
        public int[]? Grams { get; }

        /// <summary>Whether <paramref name="input"/> holds one of the strings.</summary>
        public bool MayOccurIn(string input)
        {
            if (Grams is not null && !TextGrams.Opens(this, input))
            {
                return false;
            }

            foreach (var search in searches)
            {
                if (input.AsSpan().IndexOfAny(search) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The searches of <paramref name="strings"/>: one per run of at most <see cref="MaxPerSearch"/> strings.</summary>
        public static SearchValues<string>[] Searches(IReadOnlyCollection<string> strings) =>
            strings.Count <= 64
                ? [SearchValues.Create([.. strings], StringComparison.Ordinal)]
                : [.. strings.Chunk(MaxPerSearch).Select(chunk => SearchValues.Create(chunk, StringComparison.Ordinal))];

        /// <summary>Whether every run of one of the strings is in <paramref name="textGrams"/>: a string can occur only where all its runs do.</summary>
        public bool AnyGram(ulong[] textGrams)
        {
            var g = Grams!;
            var i = 0;
            while (i < g.Length)
            {
                if (RunsIn(textGrams, i, from: 1))
                {
                    return true;
                }

                i += 1 + g[i];
            }

            return false;
        }

        /// <summary>Whether the runs of the string at <paramref name="at"/>, from its <paramref name="from"/>-th, are all in <paramref name="textGrams"/>.</summary>
        public bool RunsIn(ulong[] textGrams, int at, int from)
        {
            var g = Grams!;
            var end = at + 1 + g[at];
            for (var k = at + from; k < end; k++)
            {
                if ((textGrams[g[k] >> 6] & (1UL << g[k])) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// For each string, the map bits of all its runs of (up to) four characters, the rarest first, as one flat array (a count,
        /// then that many bits, per string); null when a string is a single character.
        /// </summary>
        public static int[]? GramsOf(IReadOnlyCollection<string> factors)
        {
            var flat = new List<int>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in factors)
            {
                if (f.Length < 2)
                {
                    return null;
                }

                var n = Math.Min(f.Length, TextGrams.MaxRun);
                var runs = new List<(int Bit, long Score)>();
                for (var i = 0; i + n <= f.Length; i++)
                {
                    var score = 1L;
                    for (var j = i; j < i + n; j++)
                    {
                        score *= TextGrams.Frequency(f[j]);
                    }

                    var bit = TextGrams.Bit(f.AsSpan(i, n));
                    if (!runs.Exists(r => r.Bit == bit))
                    {
                        runs.Add((bit, score));
                    }
                }

                var bits = runs.OrderBy(r => r.Score).Select(r => r.Bit).ToList();
                if (seen.Add(string.Join(',', bits)))
                {
                    flat.Add(bits.Count);
                    flat.AddRange(bits);
                }
            }

            return [.. flat];
        }
    }

    /// <summary>
    /// Which runs of two, three and four adjacent characters a text holds, hashed to bits of one map per run length (2^14 bits
    /// each), made once per text and thread (the last text asked for); and which gates those runs may open, found once per text
    /// for all gates through an index of every gate's strings by their rarest run (the text's runs are looked up, rather than
    /// each gate checking each of its strings).
    /// </summary>
    private static class TextGrams
    {
        public const int MaxRun = 4;
        private const int MapBits = 14;
        private const int MapWords = (1 << MapBits) / 64;
        private const int Slots = 3 << MapBits;

        private static readonly Lock Sync = new();
        private static readonly List<Gate> Registered = [];
        private static Index index = new([], new int[Slots + 1], [], []);

        [ThreadStatic]
        private static ulong[]? map;

        [ThreadStatic]
        private static string? mapped;

        [ThreadStatic]
        private static int[]? textSlots;

        [ThreadStatic]
        private static int slotCount;

        // The gates the mapped text may open: those whose stamp is the text's (a fresh stamp per text).
        [ThreadStatic]
        private static Index? opened;

        [ThreadStatic]
        private static int[]? stamps;

        [ThreadStatic]
        private static int stamp;

        /// <summary>Adds a gate to the index (rebuilt for the next text); its place in it.</summary>
        public static int Register(Gate gate)
        {
            lock (Sync)
            {
                Registered.Add(gate);
                return Registered.Count - 1;
            }
        }

        /// <summary>Whether <paramref name="text"/> holds every run of one of <paramref name="gate"/>'s strings.</summary>
        public static bool Opens(Gate gate, string text)
        {
            var m = Of(text);
            if (opened is null)
            {
                Open(m);
            }

            // A gate made while this text is read is not in the index yet: it checks its own strings.
            return gate.Id < opened!.Gates.Length ? stamps![gate.Id] == stamp : gate.AnyGram(m);
        }

        private static ulong[] Of(string text)
        {
            var m = map ??= new ulong[3 * MapWords];
            if (ReferenceEquals(mapped, text))
            {
                return m;
            }

            // Clears only the words the last text set: a short message does not pay for the whole map.
            var slots = textSlots ??= new int[256];
            for (var i = 0; i < slotCount; i++)
            {
                m[slots[i] >> 6] = 0;
            }

            slotCount = 0;
            mapped = null;
            opened = null;
            Walk(text, m);
            mapped = text;
            return m;
        }

        /// <summary>Stamps every indexed gate the mapped text may open: each string whose rarest run the text holds, and then all its runs.</summary>
        private static void Open(ulong[] m)
        {
            var current = Volatile.Read(ref index);
            if (current.Gates.Length != Registered.Count)
            {
                lock (Sync)
                {
                    current = index = Index.Of([.. Registered]);
                }
            }

            if (stamps is null || stamps.Length < current.Gates.Length)
            {
                stamps = new int[Math.Max(current.Gates.Length, 2 * (stamps?.Length ?? 64))];
                stamp = 0;
            }

            if (++stamp == int.MaxValue)
            {
                Array.Clear(stamps);
                stamp = 1;
            }

            var slots = textSlots!;
            for (var i = 0; i < slotCount; i++)
            {
                var slot = slots[i];
                for (var e = current.Starts[slot]; e < current.Starts[slot + 1]; e++)
                {
                    var id = current.GateOf[e];
                    if (stamps[id] != stamp && current.Gates[id].RunsIn(m, current.At[e], from: 2))
                    {
                        stamps[id] = stamp;
                    }
                }
            }

            opened = current;
        }

        private static void Walk(string text, ulong[] m)
        {
            ulong window = 0;
            for (var i = 0; i < text.Length; i++)
            {
                window = (window >> 16) | ((ulong)text[i] << 48);
                for (var n = 2; n <= MaxRun && n <= i + 1; n++)
                {
                    var bit = Slot(window >> (16 * (MaxRun - n)), n);
                    ref var word = ref m[bit >> 6];
                    if ((word & (1UL << bit)) == 0)
                    {
                        word |= 1UL << bit;
                        if (slotCount == textSlots!.Length)
                        {
                            Array.Resize(ref textSlots, 2 * slotCount);
                        }

                        textSlots[slotCount++] = bit;
                    }
                }
            }
        }

        /// <summary>The indexed gates, and for each map slot the strings whose rarest run it is: their gate and their place in its runs.</summary>
        private sealed record Index(Gate[] Gates, int[] Starts, int[] GateOf, int[] At)
        {
            public static Index Of(Gate[] gates)
            {
                var starts = new int[Slots + 1];
                foreach (var gate in gates)
                {
                    var g = gate.Grams!;
                    for (var i = 0; i < g.Length; i += 1 + g[i])
                    {
                        starts[g[i + 1] + 1]++;
                    }
                }

                for (var s = 0; s < Slots; s++)
                {
                    starts[s + 1] += starts[s];
                }

                var fill = (int[])starts.Clone();
                var gateOf = new int[starts[Slots]];
                var at = new int[starts[Slots]];
                for (var id = 0; id < gates.Length; id++)
                {
                    var g = gates[id].Grams!;
                    for (var i = 0; i < g.Length; i += 1 + g[i])
                    {
                        var e = fill[g[i + 1]]++;
                        gateOf[e] = id;
                        at[e] = i;
                    }
                }

                return new Index(gates, starts, gateOf, at);
            }
        }

        /// <summary>The map bit of a run of two to four characters.</summary>
        public static int Bit(ReadOnlySpan<char> run)
        {
            ulong key = 0;
            for (var i = 0; i < run.Length; i++)
            {
                key |= (ulong)run[i] << (16 * i);
            }

            return Slot(key, run.Length);
        }

        private static int Slot(ulong key, int n) => ((n - 2) << MapBits) | (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - MapBits));

        /// <summary>A rough share of each character in French text (per thousand), to choose the rarest run of a string.</summary>
        public static int Frequency(char c) => c switch
        {
            ' ' => 180,
            'e' => 147,
            's' => 79,
            'a' => 76,
            'i' => 75,
            't' => 72,
            'n' => 71,
            'r' => 66,
            'u' => 63,
            'l' => 55,
            'o' => 54,
            'd' => 37,
            'c' => 33,
            'p' or 'm' => 30,
            'v' => 18,
            '\'' => 15,
            'q' => 14,
            'f' => 11,
            'b' or 'g' => 9,
            'h' => 7,
            'j' or '-' => 5,
            >= '0' and <= '9' => 5,
            'x' => 4,
            'y' => 3,
            _ => 1,
        };
    }

    /// <summary>Drops every string that holds another one of the set: the check "holds one of them" stays the same.</summary>
    private static List<string> Minimal(HashSet<string> set)
    {
        var sorted = set.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var kept = new List<string>(sorted.Count);
        foreach (var s in sorted)
        {
            if (!kept.Exists(k => s.Contains(k, StringComparison.Ordinal)))
            {
                kept.Add(s);
            }
        }

        return kept;
    }

    /// <summary>
    /// What is known of the strings a piece of pattern matches: all of them when few (<see cref="Exact"/>), or strings
    /// of which each match holds one (<see cref="Factors"/>); both null when nothing is known.
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Factors)
    {
        public static Info Any { get; } = new(null, null);

        public static Info Empty => new([string.Empty], null);

        public static Info Of(string s) => new([s], null);

        /// <summary>Strings each match holds one of (null: none known).</summary>
        public HashSet<string>? Required => Exact is not null ? (Exact.Contains(string.Empty) ? null : Exact) : Factors;
    }

    /// <summary>A recursive-descent reader of .NET pattern syntax; throws <see cref="NotSupportedException"/> on what it does not know.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int pos;

        public Info ReadAll()
        {
            var info = ReadAlternation();
            if (pos != pattern.Length)
            {
                throw new NotSupportedException("unbalanced ')'");
            }

            return info;
        }

        private Info ReadAlternation()
        {
            var branches = new List<Info> { ReadSequence() };
            while (pos < pattern.Length && pattern[pos] == '|')
            {
                pos++;
                branches.Add(ReadSequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            if (branches.TrueForAll(b => b.Exact is not null) && branches.Sum(b => b.Exact!.Count) <= MaxExact)
            {
                var union = new HashSet<string>(StringComparer.Ordinal);
                foreach (var b in branches)
                {
                    union.UnionWith(b.Exact!);
                }

                return new Info(union, null);
            }

            var factors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                if (b.Required is not { } required)
                {
                    return Info.Any;
                }

                factors.UnionWith(required);
            }

            return factors.Count <= MaxFactors ? new Info(null, factors) : Shrunk(factors) is { } fewer ? new Info(null, fewer) : Info.Any;
        }

        /// <summary>
        /// Too many strings to search for, made fewer: every match holds one of the strings, so it holds the start of one too.
        /// Cut to their first few characters, most fall together; the longest cut that leaves few enough is kept (null: none does).
        /// </summary>
        private static HashSet<string>? Shrunk(HashSet<string> factors)
        {
            for (var length = 8; length >= 3; length--)
            {
                var cut = Minimal(factors.Select(f => f.Length > length ? f[..length] : f).ToHashSet(StringComparer.Ordinal));
                if (cut.Count <= MaxFactors)
                {
                    return cut.ToHashSet(StringComparer.Ordinal);
                }
            }

            return null;
        }

        private Info ReadSequence()
        {
            HashSet<string> run = [string.Empty];
            var exactSoFar = true;
            var candidates = new List<HashSet<string>>();
            void Flush()
            {
                if (!run.Contains(string.Empty))
                {
                    candidates.Add(run);
                }

                run = [string.Empty];
            }

            while (pos < pattern.Length && pattern[pos] is not ('|' or ')'))
            {
                var item = ReadQuantified();
                if (item.Exact is { } exact)
                {
                    if (run.Count * exact.Count > MaxExact)
                    {
                        exactSoFar = false;
                        Flush();
                    }

                    run = Cross(run, exact);
                    continue;
                }

                exactSoFar = false;
                Flush();
                if (item.Factors is { } factors)
                {
                    candidates.Add(factors);
                }
            }

            if (exactSoFar)
            {
                return new Info(run, null);
            }

            Flush();
            return candidates.Count == 0 ? Info.Any : new Info(null, Best(candidates));
        }

        /// <summary>Of several sets that each must be met, the most selective: the fewest expected occurrences in a message.</summary>
        private static HashSet<string> Best(List<HashSet<string>> candidates) => candidates.MinBy(Expected)!;

        /// <summary>
        /// How often a message holds one of <paramref name="strings"/>, roughly: the chance of each string at a position (its
        /// characters' shares in French text, taken as independent), summed. " a " is everywhere, "aide" seldom.
        /// </summary>
        private static double Expected(HashSet<string> strings)
        {
            var sum = 0.0;
            foreach (var s in strings)
            {
                var p = 1.0;
                foreach (var c in s)
                {
                    p *= TextGrams.Frequency(c) / 1000.0;
                }

                sum += p;
            }

            return sum;
        }

        private static HashSet<string> Cross(HashSet<string> left, HashSet<string> right)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var l in left)
            {
                foreach (var r in right)
                {
                    result.Add(l + r);
                }
            }

            return result;
        }

        private Info ReadQuantified()
        {
            var atom = ReadAtom();
            if (pos >= pattern.Length)
            {
                return atom;
            }

            int min;
            int max;
            switch (pattern[pos])
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    pos++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    pos++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    pos++;
                    break;
                case '{' when TryReadBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (pos < pattern.Length && pattern[pos] == '?')
            {
                // Lazy: the same strings, tried in another order.
                pos++;
            }

            if (pos < pattern.Length && pattern[pos] is '*' or '+' or '?' or '{')
            {
                throw new NotSupportedException("nested quantifier");
            }

            if (min == 1 && max == 1)
            {
                return atom;
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is { } exact ? new Info([.. exact, string.Empty], null) : Info.Any;
            }

            // At least one occurrence: what one occurrence requires, the whole requires.
            return new Info(null, atom.Required);
        }

        private bool TryReadBraces(out int min, out int max)
        {
            min = max = 0;
            var end = pattern.IndexOf('}', pos);
            if (end < 0)
            {
                return false;
            }

            var body = pattern[(pos + 1)..end];
            var comma = body.IndexOf(',', StringComparison.Ordinal);
            var lowText = comma < 0 ? body : body[..comma];
            var highText = comma < 0 ? body : body[(comma + 1)..];
            if (!int.TryParse(lowText, NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (highText.Length == 0 && comma >= 0)
            {
                max = int.MaxValue;
            }
            else if (!int.TryParse(highText, NumberStyles.None, CultureInfo.InvariantCulture, out max))
            {
                return false;
            }

            pos = end + 1;
            return true;
        }

        private Info ReadAtom()
        {
            var c = pattern[pos++];
            switch (c)
            {
                case '(':
                    return ReadGroup();
                case '[':
                    return ReadClass();
                case '.':
                    return Info.Any;
                case '^' or '$':
                    return Info.Empty;
                case '\\':
                    return ReadEscape();
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an atom");
                case '{' when pos < pattern.Length && char.IsAsciiDigit(pattern[pos]):
                    throw new NotSupportedException("ambiguous brace");
                default:
                    return Info.Of(c.ToString());
            }
        }

        private Info ReadGroup()
        {
            var lookaround = false;
            if (pos < pattern.Length && pattern[pos] == '?')
            {
                pos++;
                if (pos >= pattern.Length)
                {
                    throw new NotSupportedException("truncated group");
                }

                var k = pattern[pos];
                if (k is ':' or '>')
                {
                    pos++;
                }
                else if (k is '=' or '!')
                {
                    lookaround = true;
                    pos++;
                }
                else if (k == '<' && pos + 1 < pattern.Length && pattern[pos + 1] is '=' or '!')
                {
                    lookaround = true;
                    pos += 2;
                }
                else if (k is '<' or '\'')
                {
                    var close = k == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, pos + 1);
                    if (end < 0 || pattern.AsSpan(pos + 1, end - pos - 1).ContainsAnyExcept(NameChars))
                    {
                        throw new NotSupportedException("group name");
                    }

                    pos = end + 1;
                }
                else
                {
                    // Inline options, conditionals, comments.
                    throw new NotSupportedException("group construct");
                }
            }

            var inner = ReadAlternation();
            if (pos >= pattern.Length || pattern[pos] != ')')
            {
                throw new NotSupportedException("unclosed group");
            }

            pos++;

            // A lookaround consumes nothing of the match: it asks nothing of the strings the match holds.
            return lookaround ? Info.Empty : inner;
        }

        private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

        private Info ReadEscape()
        {
            if (pos >= pattern.Length)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var c = pattern[pos++];
            return c switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Info.Empty,
                'd' or 'D' or 'w' or 'W' or 's' or 'S' => Info.Any,
                'n' => Info.Of("\n"),
                't' => Info.Of("\t"),
                'r' => Info.Of("\r"),
                'f' => Info.Of("\f"),
                'v' => Info.Of("\v"),
                'e' => Info.Of("\u001B"),
                'x' => Info.Of(ReadHex(2).ToString()),
                'u' => Info.Of(ReadHex(4).ToString()),
                _ when char.IsAsciiLetterOrDigit(c) || c == '_' => throw new NotSupportedException("escape \\" + c),
                _ => Info.Of(c.ToString()),
            };
        }

        private char ReadHex(int digits)
        {
            if (pos + digits > pattern.Length || !int.TryParse(pattern.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new NotSupportedException("hex escape");
            }

            pos += digits;
            return (char)code;
        }

        private Info ReadClass()
        {
            var negated = pos < pattern.Length && pattern[pos] == '^';
            if (negated)
            {
                pos++;
            }

            var chars = new HashSet<char>();
            var first = true;
            var any = negated;
            while (true)
            {
                if (pos >= pattern.Length)
                {
                    throw new NotSupportedException("unclosed class");
                }

                var c = pattern[pos++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '[' || (c == '-' && pos < pattern.Length && pattern[pos] == '['))
                {
                    throw new NotSupportedException("class subtraction or nested class");
                }

                if (c == '\\')
                {
                    if (pos >= pattern.Length)
                    {
                        throw new NotSupportedException("trailing backslash");
                    }

                    var e = pattern[pos++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                    {
                        any = true;
                        continue;
                    }

                    c = e switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'f' => '\f',
                        'v' => '\v',
                        'e' => '\u001B',
                        'b' => '\b',
                        'x' => ReadHex(2),
                        'u' => ReadHex(4),
                        _ when char.IsAsciiLetterOrDigit(e) || e == '_' => throw new NotSupportedException("class escape \\" + e),
                        _ => e,
                    };
                }

                // A range "a-z" (a '-' before ']' is itself).
                if (pos + 1 < pattern.Length && pattern[pos] == '-' && pattern[pos + 1] != ']')
                {
                    pos++;
                    var hi = pattern[pos++];
                    if (hi == '\\')
                    {
                        throw new NotSupportedException("escaped range end");
                    }

                    if (hi < c)
                    {
                        throw new NotSupportedException("reversed range");
                    }

                    if (hi - c > 8)
                    {
                        any = true;
                        continue;
                    }

                    for (var x = c; x <= hi; x++)
                    {
                        chars.Add(x);
                    }

                    continue;
                }

                chars.Add(c);
            }

            if (any || chars.Count == 0 || chars.Count > 8)
            {
                return Info.Any;
            }

            return new Info(chars.Select(ch => ch.ToString()).ToHashSet(StringComparer.Ordinal), null);
        }
    }
}
