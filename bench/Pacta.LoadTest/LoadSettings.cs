namespace Pacta.LoadTest;

/// <summary>How much load: <see cref="Requests"/> requests at <see cref="Rate"/> per second, at most
/// <see cref="Concurrency"/> in flight, all stopped after <see cref="TimeLimit"/>.</summary>
public sealed record LoadSettings(int Requests, double Rate, int Concurrency, TimeSpan TimeLimit)
{
    public void Validate()
    {
        if (Requests < 1 || Rate <= 0 || Concurrency < 1 || TimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentException("requests, rate, concurrency and time limit must all be positive.");
        }
    }
}
