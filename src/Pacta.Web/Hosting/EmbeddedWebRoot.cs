using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Embedded;
using Microsoft.Extensions.Primitives;

namespace Pacta.Web.Hosting;

/// <summary>
/// Serves the UI files embedded in this assembly under <c>wwwroot/</c> (see Pacta.Web.csproj), so the host serves
/// the same pages from the CLI, a test or a published binary, with no folder to find at run time. Files only: no
/// directory listing.
/// </summary>
public sealed class EmbeddedWebRoot : IFileProvider
{
    private const string Prefix = "wwwroot/";

    private readonly Assembly _assembly = typeof(EmbeddedWebRoot).Assembly;
    private readonly DateTimeOffset _builtAt;

    public EmbeddedWebRoot()
    {
        _builtAt = File.Exists(_assembly.Location) ? File.GetLastWriteTimeUtc(_assembly.Location) : DateTimeOffset.UnixEpoch;
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = Prefix + subpath.TrimStart('/');
        if (name.Contains("..", StringComparison.Ordinal) || _assembly.GetManifestResourceInfo(name) is null)
        {
            return new NotFoundFileInfo(subpath);
        }

        return new EmbeddedResourceFileInfo(_assembly, name, Path.GetFileName(name), _builtAt);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
