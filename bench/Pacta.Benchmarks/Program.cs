using BenchmarkDotNet.Running;

namespace Pacta.Benchmarks;

/// <summary>
/// Micro-benchmarks of the hot stages, each against a baseline (a plain scan or the naive way):
/// <c>dotnet run -c Release --project bench/Pacta.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
