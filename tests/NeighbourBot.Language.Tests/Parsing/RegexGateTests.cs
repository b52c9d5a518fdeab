using System.Reflection;
using System.Text.RegularExpressions;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Tests.Parsing;

public sealed class RegexGateTests
{
    [Theory]
    [InlineData(@"(?<![a-z])(je prete|peux preter)\b", new[] { "je prete", "peux preter" })]
    [InlineData(@"\b(le |la )?retrouve\b", new[] { "retrouve" })]
    [InlineData(@"\bcontre (un|une) (repas|cafe)\b", new[] { "contre un repas", "contre un cafe", "contre une repas", "contre une cafe" })]
    [InlineData(@"^\W*(attention|alerte)\b(?![^.!?]*\bmon\b)", new[] { "alerte", "attention" })]
    [InlineData(@"\b(vendrait|vendre)\b.{0,12}\?", new[] { "vendrait", "vendre" })]
    [InlineData(@"(?<n>\d{1,4}) ?(bis)?,? (?<t>rue|av\.?)\b", new[] { " av", " rue" })]
    [InlineData(@"[a-c]x|y{2,}", new[] { "ax", "bx", "cx", "y" })]
    public void A_pattern_gives_the_strings_every_match_holds(string pattern, string[] expected)
    {
        var factors = RegexGate.Factors(new Regex(pattern, RegexOptions.CultureInvariant));

        Assert.NotNull(factors);
        Assert.Equal(expected.Order(StringComparer.Ordinal), factors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_alternation_of_too_many_strings_is_gated_on_their_first_characters()
    {
        // 26 × 26 = 676 branches, over the 400 strings a gate searches for: their first three letters (26 of them) do.
        var branches = from a in "abcdefghijklmnopqrstuvwxyz" from b in "abcdefghijklmnopqrstuvwxyz" select $"{a}ou{b}ette";
        var regex = new Regex(@"\b(" + string.Join('|', branches) + @")\b", RegexOptions.CultureInvariant);

        var factors = RegexGate.Factors(regex);

        Assert.NotNull(factors);
        Assert.Equal(26, factors.Count);
        Assert.Contains("mou", factors);
        Assert.True(RegexGate.MayMatch(regex, "une mouzette"));
        Assert.False(RegexGate.MayMatch(regex, "une cuvette"));
    }

    [Theory]
    [InlineData(@"(?i)vends")]
    [InlineData(@"(\w+) \1")]
    [InlineData(@"\p{L}+")]
    [InlineData(@"(a|b)?c?")]
    [InlineData(@"[^x]+")]
    [InlineData(@"\w+(perdu)?")]
    public void A_pattern_the_gate_cannot_read_is_always_run(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);

        Assert.Null(RegexGate.Factors(regex));
        Assert.True(RegexGate.MayMatch(regex, "rien de tout cela"));
    }

    [Fact]
    public void Case_insensitive_patterns_are_never_gated()
    {
        Assert.Null(RegexGate.Factors(new Regex("vends", RegexOptions.IgnoreCase)));
    }

    [Fact]
    public void A_message_without_any_gate_string_gets_a_failed_match_and_one_with_it_the_real_one()
    {
        var regex = new Regex(@"(?<![a-z])(je prete|peux preter)\b", RegexOptions.CultureInvariant);

        Assert.False(regex.MatchGated("je donne une perceuse").Success);
        Assert.False(regex.IsMatchGated("je donne une perceuse"));
        var m = regex.MatchGated("je prete une perceuse");
        Assert.True(m.Success);
        Assert.Equal("je prete", m.Value);
    }

    /// <summary>
    /// The gate is only an optimisation if it never hides a match: every match of every pattern of the parser, on every
    /// corpus message, holds one of the strings its gate looks for (patterns edited later are read again here).
    /// </summary>
    [Fact]
    public void Every_match_of_every_parser_pattern_on_the_corpus_passes_its_gate()
    {
        var texts = new[] { "dev.jsonl", "authored.jsonl", "authored2.jsonl", "authored3.jsonl" }
            .SelectMany(f => CorpusLine.Load(f)).Select(l => TextNormalizer.FoldSameLength(l.Text)).ToList();
        var patterns = typeof(RegexGate).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0)
            .Select(m => (Name: m.DeclaringType!.Name + "." + m.Name, Regex: (Regex)m.Invoke(null, null)!))
            .ToList();

        var gated = 0;
        var hidden = new List<string>();
        foreach (var (name, regex) in patterns)
        {
            gated += RegexGate.Factors(regex) is null ? 0 : 1;
            foreach (var text in texts)
            {
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    if (!RegexGate.MayMatch(regex, m.Value) || !RegexGate.MayMatch(regex, text))
                    {
                        hidden.Add($"{name}: \"{m.Value}\"");
                    }
                }
            }
        }

        Assert.Empty(hidden);
        Assert.True(gated > patterns.Count * 3 / 4, $"only {gated} of {patterns.Count} patterns are gated");
    }
    /// <summary>
    /// A gate answers exactly whether a text holds one of its strings, whatever the order gates are made and texts read in:
    /// gates made while a text is being read (not in the shared index of runs yet) and gates read by several threads at once
    /// answer as a plain search would.
    /// </summary>
    [Fact]
    public void A_gate_tells_exactly_whether_a_text_holds_one_of_its_strings()
    {
        var texts = CorpusLine.Load("dev.jsonl").Select(l => TextNormalizer.FoldSameLength(l.Text)).ToList();
        var random = new Random(12);
        string Piece()
        {
            var text = texts[random.Next(texts.Count)];
            var start = random.Next(Math.Max(1, text.Length - 8));
            return text.Substring(start, Math.Min(text.Length - start, random.Next(2, 9)));
        }

        var gates = new List<(RegexGate.Gate Gate, string[] Strings)>();
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Check(int from)
        {
            for (var t = from; t < texts.Count; t += 3)
            {
                foreach (var (gate, strings) in gates.ToArray())
                {
                    var expected = strings.Any(s => texts[t].Contains(s, StringComparison.Ordinal));
                    if (gate.MayOccurIn(texts[t]) != expected)
                    {
                        wrong.Add($"[{string.Join("|", strings)}] in \"{texts[t]}\": expected {expected}");
                    }
                }
            }
        }

        for (var round = 0; round < 40; round++)
        {
            var strings = Enumerable.Range(0, random.Next(1, 30)).Select(_ => Piece()).Distinct().ToArray();
            gates.Add((RegexGate.Of(strings), strings));
            Check(round % 3);
        }

        Parallel.For(0, 3, Check);

        Assert.Empty(wrong);
        Assert.Contains(gates, g => texts.Count(t => g.Gate.MayOccurIn(t)) is > 0 and < 100);
    }
}
