namespace Pacta.Core.Languages;

/// <summary>
/// A trie over word keys (not characters): each edge is one word, so a lookup walks a sentence word by word and
/// finds the longest lexicon form that starts at a position (the idea of Markdig's CompactPrefixTree, at the
/// word level because lexicon forms are phrases).
/// </summary>
public sealed class TokenTrie<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> keys, T value)
    {
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                node.Children[key] = child = new Node();
            }

            node = child;
        }

        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>The root's child for a first word, or null: the cheap first test of every lookup.</summary>
    internal Node? First(string key) =>
        _root.Children is { } children && children.TryGetValue(key, out var node) ? node : null;

    internal sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }

        public Node? Next(string key) =>
            Children is { } children && children.TryGetValue(key, out var node) ? node : null;
    }
}
