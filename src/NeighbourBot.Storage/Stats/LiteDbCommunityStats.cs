using LiteDB;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Stats;
using NeighbourBot.Core.Verification;
using NeighbourBot.Storage.Verification;

namespace NeighbourBot.Storage.Stats;

/// <summary>Counts the community in one pass over each collection (a few thousand records at most).</summary>
public sealed class LiteDbCommunityStats(LiteDbDatabase database) : ICommunityStats
{
    public CommunityFigures Compute()
    {
        var residents = All<Resident>(CollectionNames.Residents);
        var quartiers = All<Quartier>(CollectionNames.Quartiers);
        var listings = All<Listing>(CollectionNames.Listings).Where(l => l.Status != ListingStatus.Draft).ToList();
        var reports = All<RelayReport>(CollectionNames.Reports);
        var cases = All<ModerationCase>(CollectionNames.ModerationCases);
        return new CommunityFigures
        {
            Residents = residents.Count,
            Quartiers = quartiers.Select(q =>
            {
                var people = residents.Where(r => r.QuartierId == q.Id).ToList();
                var theirs = listings.Where(l => l.QuartierId == q.Id).ToList();
                return new QuartierFigures
                {
                    Id = q.Id,
                    Name = q.Name,
                    Residents = people.Count,
                    Pending = people.Count(r => r.Verification == VerificationLevel.Pending),
                    AddressVerified = people.Count(r => r.Verification == VerificationLevel.Address),
                    Verified = people.Count(r => r.Verification == VerificationLevel.Verified),
                    Groups = q.GroupChatIds.Count,
                    Open = theirs.Count(l => l.Status == ListingStatus.Open),
                    Reserved = theirs.Count(l => l.Status == ListingStatus.Reserved),
                    Given = theirs.Count(l => l.Status == ListingStatus.Given),
                };
            }).ToList(),
            WithoutQuartier = residents.Count(r => string.IsNullOrEmpty(r.QuartierId)),
            ListingsByKind = listings.GroupBy(l => l.Kind).ToDictionary(
                k => k.Key,
                k => (IReadOnlyDictionary<ListingStatus, int>)k.GroupBy(l => l.Status).ToDictionary(s => s.Key, s => s.Count())),
            PendingModeratorVerifications = database.Collection(CollectionNames.ModeratorVerifications)
                .Count(Query.EQ(nameof(ModeratorVerificationRequest.Status), nameof(ModeratorVerificationStatus.Pending))),
            PendingAddresses = database.Collection(CollectionNames.PendingAddresses).Count(),
            PendingListingReports = cases.Count(c => c.Decision is null),
            ResidentReports = reports.Count(r => r.ReportedId is not null),
            OutOfAreaDemand = new LiteDbOutOfAreaDemandStore(database).All(),
        };
    }

    private List<T> All<T>(string collection) => database.Collection(collection).FindAll().Select(database.Mapper.ToObject<T>).ToList();
}
