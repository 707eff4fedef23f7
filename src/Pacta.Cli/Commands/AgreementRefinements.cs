using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Cli.Commands;

/// <summary>The narrower filters and the order of `pacta agreements` and `pacta export` (the same ones as the HTTP
/// API's listing), as given; all answered by the database.</summary>
internal sealed record AgreementRefinements(
    string? Partner = null, string? Kind = null, string? Domain = null, string? Until = null, string? Text = null, string? Sort = null)
{
    public static readonly AgreementRefinements None = new();

    /// <summary><paramref name="query"/> narrowed by these options, or false with the option at fault and what it takes.</summary>
    public bool TryApply(AgreementQuery query, out AgreementQuery refined, out string? problem)
    {
        refined = query;
        problem = null;
        if (Partner is not null)
        {
            var code = Partner.Trim().ToUpperInvariant();
            if (!PartyCode.IsValid(code))
            {
                problem = $"--partner '{Partner}' is not an ISO 3166-1 alpha-3 code (e.g. FRA) or an organisation code.";
                return false;
            }

            refined = refined with { Partner = new PartyCode(code) };
        }

        if (Kind is not null)
        {
            if (!Vocabulary.TryParseKind(Kind.Trim().ToLowerInvariant(), out var kind))
            {
                problem = $"--kind '{Kind}' is not one of {string.Join(", ", Enum.GetValues<AgreementKind>().Select(k => k.ToGold()))}.";
                return false;
            }

            refined = refined with { Kind = kind };
        }

        if (Domain is not null)
        {
            if (!Vocabulary.TryParseDomain(Domain.Trim().ToLowerInvariant(), out var domain))
            {
                problem = $"--domain '{Domain}' is not one of {string.Join(", ", Enum.GetValues<AgreementDomain>().Select(d => d.ToGold()))}.";
                return false;
            }

            refined = refined with { Domain = domain };
        }

        if (Until is not null)
        {
            if (!PartialDate.TryParse(Until, out var until))
            {
                problem = $"--until '{Until}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).";
                return false;
            }

            refined = refined with { Until = until.End };
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            refined = refined with { Text = Text.Trim() };
        }

        if (Sort is not null)
        {
            if (AgreementOrder.Parse(Sort.Trim().ToLowerInvariant()) is not { } order)
            {
                problem = $"--sort '{Sort}' is not one of {string.Join(", ", AgreementOrder.Names)} (a leading '-' sorts descending).";
                return false;
            }

            refined = refined with { Order = order };
        }

        return true;
    }
}
