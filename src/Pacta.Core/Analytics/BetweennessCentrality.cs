namespace Pacta.Core.Analytics;

/// <summary>
/// Betweenness centrality of an unweighted, undirected graph by Brandes' algorithm (U. Brandes, "A faster algorithm
/// for betweenness centrality", Journal of Mathematical Sociology 25(2), 2001): one breadth-first search per source
/// and a back-propagation of pair dependencies, O(nodes × edges) time.
/// </summary>
public static class BetweennessCentrality
{
    /// <summary>
    /// Node i's betweenness: the sum over unordered pairs (s, t) of other nodes of the fraction of shortest s–t paths
    /// through i. <paramref name="neighbours"/>[i] lists the nodes adjacent to i (each edge in both lists).
    /// </summary>
    public static double[] Compute(IReadOnlyList<IReadOnlyList<int>> neighbours)
    {
        var n = neighbours.Count;
        var centrality = new double[n];
        var stack = new Stack<int>(n);
        var queue = new Queue<int>(n);
        var predecessors = new List<int>[n];
        var pathCounts = new double[n];
        var distances = new int[n];
        var dependencies = new double[n];
        for (var i = 0; i < n; i++)
        {
            predecessors[i] = [];
        }

        for (var source = 0; source < n; source++)
        {
            for (var i = 0; i < n; i++)
            {
                predecessors[i].Clear();
                pathCounts[i] = 0;
                distances[i] = -1;
                dependencies[i] = 0;
            }

            pathCounts[source] = 1;
            distances[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in neighbours[v])
                {
                    if (distances[w] < 0)
                    {
                        distances[w] = distances[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distances[w] == distances[v] + 1)
                    {
                        pathCounts[w] += pathCounts[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors[w])
                {
                    dependencies[v] += pathCounts[v] / pathCounts[w] * (1 + dependencies[w]);
                }

                if (w != source)
                {
                    centrality[w] += dependencies[w];
                }
            }
        }

        // Every unordered pair was counted from both of its ends.
        for (var i = 0; i < n; i++)
        {
            centrality[i] /= 2;
        }

        return centrality;
    }
}
