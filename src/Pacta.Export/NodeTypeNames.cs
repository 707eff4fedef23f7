using Pacta.Core.Model;

namespace Pacta.Export;

/// <summary>The word the network exports use for the kind of a node, for colouring in Gephi or filtering in igraph.</summary>
public static class NodeTypeNames
{
    public static string Of(PartyCode party) => party.IsOrganization ? "organization" : "state";
}
