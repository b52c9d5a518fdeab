// Benchmarks print what they measured. Usage: dotnet run -c Release --project tests/NeighbourBot.Benchmarks -- <name>
// Each benchmark registers itself in Benchmarks.All (one file per benchmark, named XxxBenchmark).
using NeighbourBot.Benchmarks;

return await Benchmarks.RunAsync(args);
