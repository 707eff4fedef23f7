using Pacta.Core.Model;

namespace Pacta.Core.Languages;

public sealed record GazetteerEntry(PartyCode Code, NameType Type);
