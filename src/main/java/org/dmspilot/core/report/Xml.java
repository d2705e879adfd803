package org.dmspilot.core.report;

import java.util.Locale;

/** Escaping and number formats shared by the XHTML and CSV writers. */
final class Xml {
    private Xml() {
    }

    /** Text safe in XHTML element content and attribute values; characters XML forbids become U+FFFD. */
    static String esc(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
                    out.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return out.toString();
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", p);
    }

    static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f h", h);
    }

    /** 1536 → {@code 1.5 KiB}; null → {@code unknown}. */
    static String bytes(Long b) {
        if (b == null) {
            return "unknown";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
