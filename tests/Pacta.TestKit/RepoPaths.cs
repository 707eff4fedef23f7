using System.Reflection;

namespace Pacta.TestKit;

/// <summary>Paths of the repository, from the RepoRoot that MSBuild stamps into the assembly (never climbing out of bin/).</summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Cases => Path.Combine(Root, "tests", "cases");

    public static string Data => Path.Combine(Root, "data");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/corpus next to the repository; may be absent (tests that need it skip).</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>The dev corpus's gold documents, read in place.</summary>
    public static string DevCorpus => Path.Combine(SharedCorpus, "dev");

    /// <summary>../shared/data next to the repository (DCAD files, the COW state list); may be absent (tests that need it skip).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Baselines => Path.Combine(Root, "tests", "baselines");
}
