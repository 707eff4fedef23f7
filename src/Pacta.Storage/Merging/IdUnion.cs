namespace Pacta.Storage.Merging;

/// <summary>Union–find over agreement ids for merge decisions: every id resolves to the id of the agreement that
/// was kept, through chains of merges.</summary>
internal sealed class IdUnion
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public string Find(string id)
    {
        while (_parent.TryGetValue(id, out var parent))
        {
            id = parent;
        }

        return id;
    }

    public void Join(string kept, string into)
    {
        var (root, other) = (Find(kept), Find(into));
        if (root != other)
        {
            _parent[other] = root;
        }
    }
}
