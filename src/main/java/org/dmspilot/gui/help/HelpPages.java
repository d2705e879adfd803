package org.dmspilot.gui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The docs shipped in the jar ({@code docs/*.md} under {@code /org/dmspilot/help/}, images beside them), rendered
 * from markdown to HTML with commonmark (GitHub tables), and which page explains which view (F1).
 */
public final class HelpPages {
    /** Where the docs are in the jar. */
    static final String ROOT = "/org/dmspilot/help/";
    /** The pages in reading order (a test checks that every file of docs/ is listed). */
    static final List<String> FILES = List.of("install.md", "gui.md", "catalog.md", "assessment.md",
            "conversion.md", "conversion-sql.md", "dms-wizard.md", "engine.md", "cdc.md", "cutover.md",
            "fallback.md");
    /** The page for a work-area tab (its id), the installation page for anything else. */
    private static final Map<String, String> FOR_TAB = Map.ofEntries(
            Map.entry("node:SOURCE", "catalog.md"), Map.entry("node:READINESS", "cdc.md"),
            Map.entry("node:TARGET", "conversion.md"), Map.entry("node:CONVERSION", "conversion.md"),
            Map.entry("details", "conversion.md"), Map.entry("node:ASSESSMENT", "assessment.md"),
            Map.entry("node:TASKS", "dms-wizard.md"), Map.entry("node:DMS_TASK", "cutover.md"),
            Map.entry("node:LOCAL_TASK", "cutover.md"), Map.entry("node:PROJECT", "gui.md"));

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** Images of the docs embedded as data: URIs (a page given as content does not load files or jar entries). */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                String src = attributes.get("src");
                if (node instanceof org.commonmark.node.Image && src != null && src.startsWith("images/")) {
                    attributes.put("src", embedded(src));
                }
            }).build();

    /** One page: its file and its title (the first heading). */
    public record Page(String file, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private HelpPages() {
    }

    /** The contents: every page with its title. */
    public static List<Page> pages() {
        return FILES.stream().map(f -> new Page(f, title(markdown(f)))).toList();
    }

    /** The page that explains the view in the tab {@code tabId} (null: none selected). */
    public static String pageFor(String tabId) {
        return tabId == null ? FILES.get(0) : FOR_TAB.getOrDefault(tabId, FILES.get(0));
    }

    /** A page as an HTML document whose relative links and images resolve inside the jar. */
    public static String html(String file) {
        URL base = HelpPages.class.getResource(ROOT);
        String body = HTML.render(PARSER.parse(markdown(file)));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><base href=\"" + (base == null ? ""
                : base.toExternalForm()) + "\"><style>body{font-family:sans-serif;font-size:14px;margin:16px 24px;"
                + "line-height:1.45;color:#222}code,pre{font-family:monospace;background:#f3f3f3}pre{padding:8px;"
                + "overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}"
                + "img{max-width:100%;border:1px solid #ddd}</style></head><body>" + body + "</body></html>";
    }

    /** The image at {@code path} (under the docs) as a data: URI; the path itself when it is not shipped. */
    static String embedded(String path) {
        try (InputStream in = HelpPages.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return path;
            }
            String type = path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".jpg") ? "image/jpeg"
                    : "image/png";
            return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(String file) {
        try (InputStream in = HelpPages.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Help page " + file + " is not in the application (" + ROOT + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst()
                .orElse("");
    }
}
