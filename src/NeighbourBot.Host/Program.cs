using NeighbourBot.Host;

return await NeighbourBotProgram.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
