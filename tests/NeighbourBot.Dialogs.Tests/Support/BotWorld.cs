using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Language;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>The bot wired as the host will wire it, with in-memory stores and fakes at the network edge.</summary>
public sealed class BotWorld
{
    public const long Operator = 900;

    public BotWorld()
        : this(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>A world whose fake clock starts at <paramref name="start"/> (it never goes back).</summary>
    public BotWorld(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        Digests = new InMemoryDigestStore(Residents, Listings);
        ConversationState = new ConversationState(Storage);
        var quartierNames = new QuartierNames(Quartiers, Map);
        Addresses = new AddressQuestion(Lookup, Demand, Clock, NullLogger<AddressQuestion>.Instance);
        var secondFactors = new SecondFactorService(
            Residents, Invites, Requests, quartierNames, new QuartierGroupInviteLinks(Quartiers), Options.Create(Verification), Clock, NullLogger<SecondFactorService>.Instance);
        var moderatorVerification = new ModeratorVerificationService(
            Residents, Quartiers, Requests, Outbox, quartierNames, secondFactors, Options.Create(Bot), Clock, NullLogger<ModeratorVerificationService>.Instance);
        var signup = new SignupFlow(
            ConversationState, Residents, Quartiers, Addresses, Map, Pending, secondFactors, moderatorVerification,
            Options.Create(Verification), Clock, NullLogger<SignupFlow>.Instance);
        var broadcaster = new ListingBroadcaster(quartierNames);
        var moderationDesk = new ModerationDesk(
            Moderation, Audit, Listings, Quartiers, Residents, Outbox, quartierNames, Options.Create(Bot), NullLogger<ModerationDesk>.Instance);
        var publisher = new ListingPublisher(
            Listings, Quartiers, Outbox, broadcaster, new AlertMatcher(Alerts, Residents), secondFactors, moderationDesk, Options.Create(ListingOptions), Clock,
            NullLogger<ListingPublisher>.Instance);
        var manager = new ListingManager(Listings, Residents, Relays, Outbox, broadcaster, Clock, NullLogger<ListingManager>.Instance);
        var parser = new FrenchListingParser(Clock, FrenchRecognizers.Shared);
        var posting = new PostingFlow(ConversationState, parser, Residents, publisher);
        var listingEdit = new ListingEditFlow(ConversationState, Listings, parser, manager, moderationDesk, Clock);
        var relayService = new RelayService(
            Relays, Listings, Residents, Outbox, manager, quartierNames, Options.Create(ListingOptions), Clock, NullLogger<RelayService>.Instance);
        Delivery = new FakeDelivery(Outbox, Listings, Relays);
        var move = new MoveFlow(
            ConversationState, Residents, Quartiers, Listings, Relays, Pending, Requests, Groups, Map, Addresses, manager, secondFactors, quartierNames,
            Clock, NullLogger<MoveFlow>.Instance);
        Retention = new InMemoryRetentionStore(Relays);
        RetentionJobs = new RetentionJobs(
            Retention, Residents, Pending, Requests, UnitsOfWork, Storage, new Geo.Addresses.AddressQueryCache(Clock), Clock, NullLogger<RetentionJobs>.Instance);
        QuartierNames = quartierNames;
        DigestJobs = DigestJobsWith(DigestOptions);
        Handler = new NeighbourBotHandler(
            new FlowRunner(ConversationState, [signup, posting, listingEdit, move]),
            Residents,
            Requests,
            Pending,
            quartierNames,
            secondFactors,
            moderatorVerification,
            new ModeratorAppointments(Quartiers, Map, Options.Create(Bot), NullLogger<ModeratorAppointments>.Instance),
            new GroupLinking(Quartiers, Residents, Map, quartierNames, Groups, Outbox, Options.Create(Bot), Clock, NullLogger<GroupLinking>.Instance),
            new JoinRequestGate(
                Quartiers, Residents, Outbox, Groups, new QuartierGroupInviteLinks(Quartiers), quartierNames, Clock, NullLogger<JoinRequestGate>.Instance),
            posting,
            manager,
            relayService,
            new ListingSearch(Listings, Residents, NullLogger<ListingSearch>.Instance),
            new AlertService(Alerts, Residents, Clock, NullLogger<AlertService>.Instance),
            new ExpiryActions(Listings, manager, Options.Create(ListingOptions), Clock, NullLogger<ExpiryActions>.Instance),
            new AccountService(
                Residents, Listings, Relays, Alerts, Invites, Pending, Requests, Outbox, Quartiers, Moderation, Digests, broadcaster, quartierNames, ConversationState,
                Retention, RetentionJobs, Clock, NullLogger<AccountService>.Instance),
            new ModerationService(
                Moderation, Listings, Residents, Quartiers, Relays, Outbox, moderationDesk, broadcaster, new AlertMatcher(Alerts, Residents), quartierNames,
                Options.Create(ModerationOptions), Options.Create(ListingOptions), Options.Create(Bot), Clock, NullLogger<ModerationService>.Instance),
            new OperatorStats(new InMemoryCommunityStats(Residents), Options.Create(Bot), NullLogger<OperatorStats>.Instance),
            new DigestSettings(Residents, Listings, Digests, DigestJobs, quartierNames, Clock, NullLogger<DigestSettings>.Instance),
            NullLogger<NeighbourBotHandler>.Instance);
        Errors = new TurnErrorHandler(ConversationState, NullLogger<TurnErrorHandler>.Instance);
        RateLimiter = new RateLimitMiddleware(Options.Create(RateLimit), Clock, NullLogger<RateLimitMiddleware>.Instance);
        CommunityJobs = new CommunityJobs(
            Listings, Quartiers, Residents, Outbox, broadcaster, UnitsOfWork, Options.Create(ListingOptions), Clock, NullLogger<CommunityJobs>.Instance);
        PendingJob = new PendingVerificationJob(Pending, Lookup, Outbox, Demand, UnitsOfWork, Clock, NullLogger<PendingVerificationJob>.Instance);
    }

    /// <summary>How much time passes before each message a test sends: people type at human speed.</summary>
    public TimeSpan Pace { get; set; } = TimeSpan.FromSeconds(2);

    public FakeTimeProvider Clock { get; }

    public InMemoryResidentStore Residents { get; } = new();

    public InMemoryQuartierStore Quartiers { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public InMemoryInviteCodeStore Invites { get; } = new();

    public InMemoryListingStore Listings { get; } = new();

    public InMemoryRelayStore Relays { get; } = new();

    /// <summary>Plays the outbox sender: rows reach Telegram, broadcasts and relay messages get their message ids.</summary>
    public FakeDelivery Delivery { get; }

    public ListingOptions ListingOptions { get; } = new() { BotUsername = "NeighbourBot" };

    public InMemoryModeratorVerificationStore Requests { get; } = new();

    public InMemoryOutOfAreaDemandStore Demand { get; } = new();

    public InMemoryPendingAddressStore Pending { get; } = new();

    public FakeGroupAdministration Groups { get; } = new();

    public InMemoryUnitOfWorkFactory UnitsOfWork { get; } = new();

    public FakeAddressLookup Lookup { get; } = Places.Lookup();

    public FakeQuartierMap Map { get; } = Places.Map();

    public MemoryStorage Storage { get; } = new();

    public ConversationState ConversationState { get; }

    public VerificationOptions Verification { get; } = new();

    public BotOptions Bot { get; } = new() { Operators = [Operator] };

    public RateLimitOptions RateLimit { get; } = new();

    public NeighbourBotHandler Handler { get; }

    public TurnErrorHandler Errors { get; }

    public RateLimitMiddleware RateLimiter { get; }

    public PendingVerificationJob PendingJob { get; }

    public CommunityJobs CommunityJobs { get; }

    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryModerationStore Moderation { get; } = new();

    public InMemoryModerationAuditLog Audit { get; } = new();

    public ModerationOptions ModerationOptions { get; } = new();
    public InMemoryRetentionStore Retention { get; }

    public AddressQuestion Addresses { get; }

    public RetentionJobs RetentionJobs { get; }
    public InMemoryDigestStore Digests { get; }

    public DigestOptions DigestOptions { get; } = new();

    public QuartierNames QuartierNames { get; }

    /// <summary>The digest jobs with <see cref="DigestOptions"/> as they were when the world was made.</summary>
    public DigestJobs DigestJobs { get; }

    /// <summary>Digest jobs over this world's stores with other options (another schedule, say).</summary>
    public DigestJobs DigestJobsWith(DigestOptions options) => new(
        Quartiers, Residents, Digests, Outbox, QuartierNames, UnitsOfWork, Options.Create(options), Options.Create(ListingOptions), Clock,
        NullLogger<DigestJobs>.Instance);

    /// <summary>A person's private chat with the bot (chat id = user id, as on Telegram).</summary>
    public TestChat Private(long userId, string name = "Habitant") => new(this, new ConversationReference
    {
        ChannelId = ChannelConventions.TelegramChannelId,
        ServiceUrl = "https://test.invalid",
        User = new ChannelAccount(userId.ToString(), name),
        Bot = new ChannelAccount("1", "NeighbourBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(false, ChannelConventions.PrivateConversation, userId.ToString()),
        Locale = "fr-FR",
    });

    /// <summary>A group chat as seen from one member.</summary>
    public TestChat Group(long chatId, long userId) => new(this, new ConversationReference
    {
        ChannelId = ChannelConventions.TelegramChannelId,
        ServiceUrl = "https://test.invalid",
        User = new ChannelAccount(userId.ToString(), "Membre"),
        Bot = new ChannelAccount("1", "NeighbourBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(true, ChannelConventions.GroupConversation, chatId.ToString()),
        Locale = "fr-FR",
    });
}
