using System.Globalization;
using NeighbourBot.Core.Moderation;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>
/// Callback payloads of moderation, "mo:{action}:{id}": a reporter's reason (listing id), a moderator's decision
/// (case id) or a page of /moderation. Every one is checked against who pressed, never trusted.
/// </summary>
public static class ModerationPayload
{
    public const string Prefix = "mo:";

    public const string Hide = "hid";
    public const string Keep = "kep";
    public const string BlockAuthor = "blk";
    public const string Page = "pg";

    private const string Scam = "arn";
    private const string Inappropriate = "ina";
    private const string Commercial = "com";
    private const string Other = "aut";

    public static string Reason(ReportReason reason, long listingId) => Of(CodeOf(reason), listingId);

    public static string Decision(ModerationDecision decision, long caseId) => Of(
        decision switch
        {
            ModerationDecision.Hide => Hide,
            ModerationDecision.Keep => Keep,
            _ => BlockAuthor,
        },
        caseId);

    public static string PageOf(int page) => Of(Page, page);

    public static bool TryReadReason(string action, out ReportReason reason)
    {
        (var known, reason) = action switch
        {
            Scam => (true, ReportReason.Scam),
            Inappropriate => (true, ReportReason.Inappropriate),
            Commercial => (true, ReportReason.Commercial),
            Other => (true, ReportReason.Other),
            _ => (false, ReportReason.Other),
        };
        return known;
    }

    public static bool TryReadDecision(string action, out ModerationDecision decision)
    {
        (var known, decision) = action switch
        {
            Hide => (true, ModerationDecision.Hide),
            Keep => (true, ModerationDecision.Keep),
            BlockAuthor => (true, ModerationDecision.BlockAuthor),
            _ => (false, ModerationDecision.Hide),
        };
        return known;
    }

    private static string CodeOf(ReportReason reason) => reason switch
    {
        ReportReason.Scam => Scam,
        ReportReason.Inappropriate => Inappropriate,
        ReportReason.Commercial => Commercial,
        _ => Other,
    };

    private static string Of(string action, long id) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{action}:{id}");
}
