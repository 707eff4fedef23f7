using System.Globalization;

namespace Pacta.Storage;

/// <summary>One embedded schema script <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c>. Each provider has its own
/// numbered series, applied in order and recorded in its <c>schema_migrations</c> table.</summary>
internal sealed record MigrationScript(int Version, string Name, string Resource)
{
    public string ReadText()
    {
        using var stream = typeof(MigrationScript).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Missing embedded migration '{Resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The scripts of one provider folder (<c>Sqlite</c>, <c>Postgres</c>) in version order.</summary>
    public static IReadOnlyList<MigrationScript> For(string provider)
    {
        var prefix = $"migrations/{provider}/";
        var scripts = new List<MigrationScript>();
        foreach (var resource in typeof(MigrationScript).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..^".sql".Length];
            var digits = name.Split('_', 2)[0];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' does not start with a version number (NNNN_name.sql).");
            }

            scripts.Add(new MigrationScript(version, name, resource));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {provider} migrations have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }
}
