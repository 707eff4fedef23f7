using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>The lowercase words every export uses for a <see cref="FactOrigin"/>.</summary>
public static class OriginNames
{
    public static string Of(FactOrigin origin) => origin switch
    {
        FactOrigin.News => "news",
        FactOrigin.Dataset => "dataset",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };
}
