using System.Globalization;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>A simulated neighbour: who they are (what must never leak to others) and what they did.</summary>
public sealed class SoakResident
{
    private static readonly string[] FirstNames =
    [
        "Marie", "Paul", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Manon", "Théo", "Camille", "Lucas", "Sarah", "Nathan",
        "Zoé", "Adam", "Jeanne", "Arthur", "Louise", "Gabriel", "Alice", "Raphaël", "Emma", "Noé", "Lina", "Sacha", "Rose", "Tom",
    ];

    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo", "lu", "ra"];

    public SoakResident(int index, SoakStreet street, int seed)
    {
        Index = index;
        Id = 2_000_000 + index;
        Street = street;
        HouseNumber = 1 + (index % 97);
        FirstName = FirstNames[index % FirstNames.Length];
        LastName = Capitalise(Word(index, 3) + "ard");
        Username = "voisin_" + Word(index, 3) + index.ToString(CultureInfo.InvariantCulture);
        Phone = string.Create(CultureInfo.InvariantCulture, $"06 {10 + index / 1_000_000 % 90:00} {index / 10_000 % 100:00} {index / 100 % 100:00} {index % 100:00}");
        Random = new Random(HashCode.Combine(seed, index) & int.MaxValue);
    }

    public int Index { get; }

    /// <summary>Telegram user id, also the private chat id.</summary>
    public long Id { get; }

    public SoakStreet Street { get; }

    public int HouseNumber { get; }

    public string FirstName { get; }

    /// <summary>Made up and unique: the bot must never show it to anyone else.</summary>
    public string LastName { get; }

    public string Username { get; }

    /// <summary>Unique; written in some listings, where the bot must mask it.</summary>
    public string Phone { get; }

    /// <summary>The address as typed (and as the bot reads it back to its owner only).</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"{HouseNumber} {Street.Name}");

    /// <summary>This resident's choices: seeded, so a run can be replayed.</summary>
    public Random Random { get; }

    /// <summary>The quartier name the bot placed them in; null until signed up and verified.</summary>
    public string? Quartier { get; set; }

    public List<SoakListing> Listings { get; } = [];

    /// <summary>Listings this resident already said "Ça m'intéresse" to.</summary>
    public HashSet<string> InterestedIn { get; } = [];

    /// <summary>The last message id in the private chat when the current action began.</summary>
    public int Mark { get; set; }

    /// <summary>A made-up word unique to (resident, n): listing tokens and surnames.</summary>
    public static string Word(int index, int n)
    {
        var letters = new System.Text.StringBuilder();
        var value = index;
        for (var i = 0; i < n || value > 0; i++)
        {
            letters.Append(Syllables[value % Syllables.Length]);
            value /= Syllables.Length;
        }

        return letters.ToString();
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
