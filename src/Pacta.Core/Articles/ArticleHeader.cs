namespace Pacta.Core.Articles;

/// <summary>What the top lines of a plain-text article say about it.</summary>
public sealed record ArticleHeader(string? Title, string? Byline, DateOnly? Published);
