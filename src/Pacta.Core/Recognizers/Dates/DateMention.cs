using Pacta.Core.Model;

namespace Pacta.Core.Recognizers.Dates;

/// <summary>
/// A date expression in a sentence. Expressions that leave the year or the week open ("in December", "on
/// Thursday") resolve two ways against the publication date: <see cref="Past"/> (the usual reading in news)
/// and <see cref="Future"/> (for what is planned). Both are null when there is no publication date to resolve
/// against.
/// </summary>
public sealed record DateMention(
    int Sentence,
    int FirstWord,
    int LastWord,
    TextSpan Span,
    string Text,
    PartialDate? Past,
    PartialDate? Future,
    bool IsRelative)
{
    public PartialDate? Resolve(bool future) => future ? Future : Past;
}
