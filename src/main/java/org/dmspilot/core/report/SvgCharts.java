package org.dmspilot.core.report;

import java.util.List;
import java.util.Locale;

/** Charts as inline SVG: no script, no network, printable, and rendered by the PDF writer too. */
final class SvgCharts {
    /** One slice or bar. */
    record Datum(String label, long value, String color) {
    }

    private SvgCharts() {
    }

    /** A pie with its legend to the right. */
    static String pie(String title, List<Datum> data) {
        int r = 70;
        int cx = 80;
        int cy = 80;
        long total = data.stream().mapToLong(Datum::value).sum();
        StringBuilder svg = open(title, 360, 170);
        if (total == 0) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#e0e0e0\"/>", cx, cy, r));
        }
        double angle = -Math.PI / 2;
        for (Datum d : data) {
            if (d.value() == 0 || total == 0) {
                continue;
            }
            if (d.value() == total) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>", cx, cy, r,
                        d.color()));
                break;
            }
            double sweep = 2 * Math.PI * d.value() / total;
            double x1 = cx + r * Math.cos(angle);
            double y1 = cy + r * Math.sin(angle);
            double x2 = cx + r * Math.cos(angle + sweep);
            double y2 = cy + r * Math.sin(angle + sweep);
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M%d,%d L%.2f,%.2f A%d,%d 0 %d 1 %.2f,%.2f Z\" fill=\"%s\" stroke=\"#ffffff\"/>",
                    cx, cy, x1, y1, r, r, sweep > Math.PI ? 1 : 0, x2, y2, d.color()));
            angle += sweep;
        }
        int y = 30;
        for (Datum d : data) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"175\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    y - 10, d.color()));
            svg.append(String.format(Locale.ROOT, "<text x=\"193\" y=\"%d\">%s: %s</text>", y, Xml.esc(d.label()),
                    Xml.number(d.value())));
            y += 22;
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per datum, scaled to the largest. */
    static String bars(String title, List<Datum> data) {
        long max = Math.max(1, data.stream().mapToLong(Datum::value).max().orElse(1));
        StringBuilder svg = open(title, 360, 20 + 26 * data.size());
        int y = 12;
        for (Datum d : data) {
            double w = 200.0 * d.value() / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 12, Xml.esc(d.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"80\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>", y, Math.max(w, 1), d.color()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", 86 + w, y + 12,
                    Xml.number(d.value())));
            y += 26;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\"><title>%s</title>",
                width, height, width, height, Xml.esc(title)));
    }
}
