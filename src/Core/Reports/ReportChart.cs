using System.Globalization;
using System.Text;

namespace Delegation.Core.Reports;

/// <summary>
/// The report's chart as inline SVG: hours planned against confirmed, spend against budget, and the stress
/// line. Only numbers and fixed labels go in, so nothing in it needs encoding; no script, nothing fetched.
/// </summary>
public static class ReportChart
{
    const int Width = 480;
    const int BarLeft = 150;
    const int BarWidth = Width - BarLeft - 70;

    /// <summary>The SVG element for <paramref name="report"/>.</summary>
    public static string Svg(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stress = report.Stress.Values;
        var height = stress.Count > 0 ? 230 : 130;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Hours, spend and stress this month\" style=\"font-family:Arial, sans-serif; font-size:12px;\">");

        var hoursScale = Math.Max(report.Hours.Planned, 1m);
        Bar(svg, 10, "Hours planned", report.Hours.Planned / hoursScale, Number(report.Hours.Planned) + " h", "#9fb3c8");
        Bar(svg, 34, "Hours confirmed", report.Hours.Confirmed / hoursScale, Number(report.Hours.Confirmed) + " h", "#2f6f8f");
        var moneyScale = Math.Max(Math.Max(report.Spend.Spend, report.Spend.Budget), 1m);
        Bar(svg, 70, "Spend", report.Spend.Spend / moneyScale, Number(report.Spend.Spend), report.Spend.WithinBudget ? "#4a9f6e" : "#c0562f");
        Bar(svg, 94, "Budget", report.Spend.Budget / moneyScale, Number(report.Spend.Budget), "#cbd2d9");

        if (stress.Count > 0)
        {
            // Stress 1–5 from top (5) to bottom (1), one point per check-in, left to right in order.
            const int top = 140, bottom = 215;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 4}\" fill=\"#1f2933\">Stress (1–5)</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{BarLeft}\" y1=\"{bottom}\" x2=\"{BarLeft + BarWidth}\" y2=\"{bottom}\" stroke=\"#cbd2d9\"/>");
            var step = stress.Count == 1 ? 0 : (double)BarWidth / (stress.Count - 1);
            var points = stress.Select((s, i) => (X: BarLeft + i * step, Y: bottom - (Math.Clamp(s, 1, 5) - 1) * (bottom - top) / 4.0)).ToList();
            if (points.Count > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"#2f6f8f\" stroke-width=\"2\" points=\"")
                    .AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))
                    .Append("\"/>");
            }

            foreach (var (p, s) in points.Zip(stress))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{p.X:0.#}\" cy=\"{p.Y:0.#}\" r=\"4\" fill=\"#2f6f8f\"><title>{s}</title></circle>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    static void Bar(StringBuilder svg, int y, string label, decimal fraction, string value, string colour)
    {
        var width = (int)Math.Round(Math.Clamp(fraction, 0m, 1m) * BarWidth);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\" fill=\"#1f2933\">{label}</text>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{BarLeft}\" y=\"{y}\" width=\"{width}\" height=\"18\" rx=\"3\" fill=\"{colour}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{BarLeft + width + 6}\" y=\"{y + 13}\" fill=\"#1f2933\">{value}</text>");
    }

    static string Number(decimal value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
