using System.Globalization;
using Pacta.Storage.Analytics;
using Spectre.Console;

namespace Pacta.Cli.Output;

/// <summary>The table form of a <see cref="CountryHistory"/>: partners and blocs of the period, then one row per year.</summary>
internal static class CountryTable
{
    public static void Write(CountryHistory history, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = 200;
        }

        var profile = history.Profile;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{history.State} {history.Period}: {profile.Agreements} agreements (planned ones not counted), {profile.Partners.Count} partners{(profile.Concentration is { } c ? $", HHI {c.Hhi:0.000}, effective partners {c.EffectivePartners:0.00}" : "")}"));

        var partners = new Table().AddColumns("partner", "bloc", "agreements", "first", "last", "share");
        foreach (var p in profile.Partners)
        {
            partners.AddRow(p.Partner.Value, p.Bloc, Number(p.Agreements), p.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "", p.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "", Percent(p.Share));
        }

        console.Write(partners);

        var blocs = new Table().AddColumns("bloc", "ties", "share");
        foreach (var b in profile.Blocs)
        {
            blocs.AddRow(b.Bloc, Number(b.Ties), Percent(b.Share));
        }

        console.Write(blocs);

        var years = new Table().AddColumns("year", "agreements", "partners", "HHI", "effective", "source");
        foreach (var y in history.Years)
        {
            years.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                Number(y.Agreements),
                string.Join(" ", y.Partners.Select(p => p.Agreements > 1 ? $"{p.Partner}×{p.Agreements}" : p.Partner.Value)),
                y.Concentration.Hhi.ToString("0.000", CultureInfo.InvariantCulture),
                y.Concentration.EffectivePartners.ToString("0.00", CultureInfo.InvariantCulture),
                y.Source);
        }

        console.Write(years);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
