using System.Globalization;
using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Export.Svg;

/// <summary>
/// One self-contained SVG for a report (<c>pacta country ISO3 --svg FILE</c>): a state's partner timeline (years
/// across, one row per partner, a dot per year sized by its agreements and coloured by the partner's bloc that year)
/// above its concentration by year (HHI, then the effective number of partners). No scripts, no external fonts or
/// styles, all text escaped. Shapes carry classes (partner-row, tie, hhi, effective-partners) for tests and styling.
/// </summary>
public sealed class PartnerChartSvgWriter(BlocCatalog blocs, int maxPartnerRows = 15)
{
    private const double Width = 860;
    private const double Left = 150;
    private const double Right = 40;
    private const double RowHeight = 22;
    private const double LinePanelHeight = 110;
    private const double PanelGap = 56;
    private const string OthersColour = "#9e9e9e";

    // One colour per bloc in the catalog's order (ColorBrewer Set1/Dark2 hues, readable in print and for most forms
    // of colour blindness); partners in no bloc are grey.
    private static readonly string[] Palette =
        ["#377eb8", "#e41a1c", "#ff7f00", "#4daf4a", "#984ea3", "#a65628", "#f781bf", "#1b9e77", "#66a61e"];

    public PartnerChartSvgWriter()
        : this(BlocCatalog.Default)
    {
    }

    public async Task WriteAsync(PartyCode state, IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        var ties = PartnerTie.Of(state, facts, Period.Years(1, 9999));
        await using var xml = XmlOutput.Create(output);
        var canvas = new SvgCanvas(xml);
        if (ties.Count == 0)
        {
            canvas.Begin(Width, 80, $"Defense partners of {state}");
            canvas.Text(20, 45, $"{state}: no dated agreements to draw.", cssClass: "empty");
            canvas.End();
            await xml.FlushAsync();
            return;
        }

        var years = new YearScale(ties.Min(t => t.Fact.Date!.Value.Year), ties.Max(t => t.Fact.Date!.Value.Year), Left, Width - Right);
        var rows = PartnerRows(ties);
        var timelineTop = 78.0;
        var timelineBottom = timelineTop + (rows.Count * RowHeight);
        var hhiTop = timelineBottom + PanelGap;
        var effectiveTop = hhiTop + LinePanelHeight + PanelGap;
        var height = effectiveTop + LinePanelHeight + 40;
        var concentration = new ConcentrationTimeline().ByYear(state, facts);

        canvas.Begin(Width, height, $"Defense partners of {state}, {years.First}–{years.Last}");
        canvas.Text(20, 26, $"Defense partners of {state}, {years.First}–{years.Last}", size: 16, bold: true);
        DrawLegend(canvas, ties, 20, 50);
        DrawTimeline(canvas, rows, years, timelineTop);
        DrawYearAxis(canvas, years, timelineBottom + 4);
        DrawLinePanel(canvas, years, hhiTop, "Concentration (Herfindahl–Hirschman index)", "hhi", 1, "#d95f02",
            concentration.Select(c => (c.Year, c.Concentration.Hhi)).ToArray());
        var effectiveMax = Math.Max(1, Math.Ceiling(concentration.Max(c => c.Concentration.EffectivePartners)));
        DrawLinePanel(canvas, years, effectiveTop, "Effective number of partners (1 / HHI)", "effective-partners", effectiveMax, "#1b9e77",
            concentration.Select(c => (c.Year, c.Concentration.EffectivePartners)).ToArray());
        DrawYearAxis(canvas, years, effectiveTop + LinePanelHeight + 4);
        canvas.End();
        await xml.FlushAsync();
    }

    /// <summary>
    /// One row per partner in order of first agreement; past <c>maxPartnerRows</c>, the partners with fewest agreements
    /// share a last row, so the figure stays readable for states with dozens of partners.
    /// </summary>
    private IReadOnlyList<PartnerRow> PartnerRows(IReadOnlyList<PartnerTie> ties)
    {
        var byPartner = ties.GroupBy(t => t.Partner).ToArray();
        var kept = byPartner.Length <= maxPartnerRows
            ? byPartner
            : byPartner.OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(maxPartnerRows - 1).ToArray();
        var rows = kept
            .OrderBy(g => g.Min(t => t.Fact.Date!.Value.Year))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => new PartnerRow(g.Key.Value, g.ToArray(), IsOthers: false))
            .ToList();
        if (kept.Length < byPartner.Length)
        {
            var rest = byPartner.Except(kept).ToArray();
            rows.Add(new PartnerRow($"{rest.Length} other partners", rest.SelectMany(g => g).ToArray(), IsOthers: true));
        }

        return rows;
    }

    private void DrawLegend(SvgCanvas canvas, IReadOnlyList<PartnerTie> ties, double x, double y)
    {
        var present = ties.Select(t => blocs.BlocOf(t.Partner, t.Fact.Date!.Value.Year)).ToHashSet(StringComparer.Ordinal);
        canvas.BeginGroup("legend");
        foreach (var bloc in blocs.Blocs.Where(present.Contains))
        {
            canvas.Rectangle(x, y - 9, 10, 10, ColourOf(bloc));
            canvas.Text(x + 14, y, bloc);
            x += 24 + (bloc.Length * 7);
        }

        canvas.EndGroup();
    }

    private void DrawTimeline(SvgCanvas canvas, IReadOnlyList<PartnerRow> rows, YearScale years, double top)
    {
        var cells = rows
            .SelectMany((row, index) => row.Ties
                .GroupBy(t => t.Fact.Date!.Value.Year)
                .Select(g => (Row: row, Index: index, Year: g.Key, Count: g.Count(), Partner: g.First().Partner)))
            .ToArray();
        var largest = cells.Max(c => c.Count);
        var maxRadius = Math.Clamp((years.Band / 2) - 1, 2, RowHeight / 2);
        for (var i = 0; i < rows.Count; i++)
        {
            var y = top + (i * RowHeight) + (RowHeight / 2);
            canvas.BeginGroup("partner-row");
            canvas.Line(Left, y, Width - Right, y, "#eeeeee");
            canvas.Text(Left - 8, y + 4, rows[i].Label, anchor: "end");
            foreach (var cell in cells.Where(c => c.Index == i))
            {
                var radius = Math.Max(2, maxRadius * Math.Sqrt(cell.Count / (double)largest));
                var colour = cell.Row.IsOthers ? OthersColour : ColourOf(blocs.BlocOf(cell.Partner, cell.Year));
                var agreements = cell.Count == 1 ? "1 agreement" : $"{cell.Count} agreements";
                canvas.Circle(years.X(cell.Year), y, radius, colour, $"{cell.Row.Label}, {cell.Year}: {agreements}", cssClass: "tie");
            }

            canvas.EndGroup();
        }
    }

    private static void DrawYearAxis(SvgCanvas canvas, YearScale years, double y)
    {
        canvas.BeginGroup("year-axis");
        canvas.Line(Left, y, Width - Right, y, "#333333");
        foreach (var year in years.Ticks())
        {
            canvas.Line(years.X(year), y, years.X(year), y + 4, "#333333");
            canvas.Text(years.X(year), y + 16, year.ToString(CultureInfo.InvariantCulture), anchor: "middle");
        }

        canvas.EndGroup();
    }

    private static void DrawLinePanel(
        SvgCanvas canvas, YearScale years, double top, string title, string cssClass, double yMax, string colour, IReadOnlyList<(int Year, double Value)> values)
    {
        var bottom = top + LinePanelHeight;
        double Y(double value) => bottom - (value / yMax * LinePanelHeight);

        canvas.BeginGroup(cssClass);
        canvas.Text(Left, top - 12, title, bold: true);
        canvas.Line(Left, top, Left, bottom, "#333333");
        canvas.Line(Left, bottom, Width - Right, bottom, "#333333");
        foreach (var tick in new[] { 0, yMax / 2, yMax })
        {
            canvas.Line(Left - 4, Y(tick), Left, Y(tick), "#333333");
            canvas.Text(Left - 8, Y(tick) + 4, tick.ToString("0.##", CultureInfo.InvariantCulture), anchor: "end");
        }

        canvas.Polyline(values.Select(v => (years.X(v.Year), Y(v.Value))), colour, cssClass: "series");
        foreach (var (year, value) in values)
        {
            canvas.Circle(years.X(year), Y(value), 3, colour, $"{year}: {value.ToString("0.###", CultureInfo.InvariantCulture)}", cssClass: "point");
        }

        canvas.EndGroup();
    }

    private string ColourOf(string bloc)
    {
        var index = blocs.Blocs.ToList().IndexOf(bloc);
        return bloc == BlocCatalog.Others || index < 0 ? OthersColour : Palette[index % Palette.Length];
    }

    private sealed record PartnerRow(string Label, IReadOnlyList<PartnerTie> Ties, bool IsOthers);
}
