namespace Pacta.Storage;

public readonly record struct StoreCounts(long Documents, long Agreements);
