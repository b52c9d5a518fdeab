using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class ListingOptionsSpecs
{
    [Fact]
    public void The_defaults_are_those_of_the_design_and_bad_values_are_named_by_their_key()
    {
        var defaults = new ListingOptions();
        var bad = new ListingOptions { ExpiryDays = 0, MaxPerDay = 0, DuplicateDays = -1, GroupMode = (ListingGroupMode)7 };

        Assert.Equal((14, 5, 14, ListingGroupMode.Immediate, "Listings"), (defaults.ExpiryDays, defaults.MaxPerDay, defaults.DuplicateDays, defaults.GroupMode, ListingOptions.SectionName));
        Assert.Empty(defaults.Validate());
        Assert.Equal(
            [
                "NeighbourBot:Listings:ExpiryDays must be between 1 and 365.",
                "NeighbourBot:Listings:MaxPerDay must be between 1 and 100.",
                "NeighbourBot:Listings:DuplicateDays must be between 0 and 365.",
                "NeighbourBot:Listings:GroupMode must be Immediate or DigestOnly.",
            ],
            bad.Validate());
    }
}
