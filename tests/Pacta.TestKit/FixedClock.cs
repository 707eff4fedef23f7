namespace Pacta.TestKit;

/// <summary>A clock that always reads the same instant, so stored timestamps are known in advance.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
