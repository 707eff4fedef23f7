namespace Pacta.Bench.Stages;

/// <summary>One way of reading the corpus that `pacta bench` times; every stage starts from the same files.</summary>
public interface IBenchStage
{
    string Name { get; }

    /// <summary>Processes every file with <paramref name="threads"/> workers; returns the documents processed.</summary>
    int Run(IReadOnlyList<string> files, int threads);
}
