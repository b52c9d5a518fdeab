using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the Bot API's group administration: records every call, links only where the bot may invite.</summary>
public sealed class FakeGroupAdministration : IGroupAdministration
{
    private readonly List<string> _calls = [];
    private readonly Lock _lock = new();

    /// <summary>Groups where the bot is not an administrator with the invite right: no link.</summary>
    public HashSet<long> NotAdminIn { get; } = [];

    /// <summary>A fault thrown by every call (Telegram down, a timeout).</summary>
    public Exception? Fault { get; set; }

    /// <summary>"link -100500", "approve -100500 101", "decline -100500 101", "remove -100500 101", in order.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToList();
            }
        }
    }

    public static string LinkFor(long chatId) => $"https://t.me/+join{Math.Abs(chatId)}";

    public Task<string?> CreateJoinRequestLinkAsync(long groupChatId, string name, CancellationToken cancellationToken)
    {
        Record($"link {groupChatId}");
        return Task.FromResult(NotAdminIn.Contains(groupChatId) ? null : LinkFor(groupChatId));
    }

    public Task ApproveJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken)
    {
        Record($"approve {groupChatId} {userId}");
        return Task.CompletedTask;
    }

    public Task DeclineJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken)
    {
        Record($"decline {groupChatId} {userId}");
        return Task.CompletedTask;
    }

    public Task RemoveMemberAsync(long groupChatId, long userId, CancellationToken cancellationToken)
    {
        Record($"remove {groupChatId} {userId}");
        return Task.CompletedTask;
    }

    private void Record(string call)
    {
        lock (_lock)
        {
            _calls.Add(call);
        }

        if (Fault is not null)
        {
            throw Fault;
        }
    }
}
