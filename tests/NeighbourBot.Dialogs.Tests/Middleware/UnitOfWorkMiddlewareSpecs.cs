using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using NeighbourBot.Core.Storage;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Tests.Fakes;

namespace NeighbourBot.Dialogs.Tests.Middleware;

public sealed class UnitOfWorkMiddlewareSpecs
{
    [Fact]
    public async Task Writes_staged_during_a_turn_land_together_when_the_turn_ends()
    {
        var factory = new InMemoryUnitOfWorkFactory();
        var residents = new InMemoryResidentStore();
        var adapter = new TestAdapter().Use(new UnitOfWorkMiddleware(factory));
        IUnitOfWork? seenInTurnState = null;
        IUnitOfWork? seenAmbient = null;
        var writtenDuringTurn = true;

        await new TestFlow(adapter, async (turnContext, cancellationToken) =>
            {
                seenInTurnState = turnContext.TurnState.Get<IUnitOfWork>();
                seenAmbient = UnitOfWorkScope.Current;
                turnContext.Stage(() => residents.Upsert(new() { Id = 1, FirstName = "Marie" }));
                turnContext.Stage(() => residents.Upsert(new() { Id = 2, FirstName = "Paul" }));
                writtenDuringTurn = residents.Count() > 0;
                await turnContext.SendActivityAsync("ok", cancellationToken: cancellationToken);
            })
            .Send("bonjour")
            .AssertReply("ok")
            .StartTestAsync();

        Assert.False(writtenDuringTurn);
        Assert.NotNull(seenInTurnState);
        Assert.Same(seenInTurnState, seenAmbient);
        Assert.Equal(2, residents.Count());
        Assert.Equal((1, 2), (factory.Commits, factory.Writes));
        Assert.Null(UnitOfWorkScope.Current);
    }

    [Fact]
    public async Task A_turn_that_throws_writes_nothing()
    {
        var factory = new InMemoryUnitOfWorkFactory();
        var residents = new InMemoryResidentStore();
        var adapter = new TestAdapter().Use(new UnitOfWorkMiddleware(factory));
        Exception? reported = null;
        adapter.OnTurnError = (_, exception) =>
        {
            reported = exception;
            return Task.CompletedTask;
        };

        await new TestFlow(adapter, (turnContext, _) =>
            {
                turnContext.Stage(() => residents.Upsert(new() { Id = 1 }));
                throw new InvalidOperationException("boom");
            })
            .Send("bonjour")
            .StartTestAsync();

        Assert.IsType<InvalidOperationException>(reported);
        Assert.Equal(0, residents.Count());
        Assert.Equal(0, factory.Commits);
    }
}
