package org.dmspilot.core.report;

/** The report's inline style sheet: CSS 2.1 only (the PDF renderer has no flexbox), printable. */
final class ReportCss {
    static final String CSS = """
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #212121;
                   margin: 24px; line-height: 1.35; }
            h1 { font-size: 18pt; color: #0d47a1; margin: 0 0 4px 0; }
            h2 { font-size: 14pt; color: #0d47a1; border-bottom: 2px solid #0d47a1; padding-bottom: 2px;
                 margin-top: 22px; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 6px 0; }
            .meta { color: #616161; margin-top: 0; }
            .toc ul { list-style: none; padding-left: 0; }
            .toc li { margin: 3px 0; }
            .toc a { color: #0d47a1; text-decoration: none; }
            .kpi { display: inline-block; width: 16.5%; margin: 0 1% 10px 0; padding: 8px 6px; background: #e3f2fd;
                   border: 1px solid #90caf9; vertical-align: top; }
            .kpi-value { font-size: 16pt; font-weight: bold; color: #0d47a1; }
            .kpi-label { font-size: 8.5pt; color: #424242; }
            .chart { display: inline-block; width: 48%; vertical-align: top; page-break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 12px 0; font-size: 8.5pt;
                    -fs-table-paginate: paginate; }
            th, td { border: 1px solid #bdbdbd; padding: 3px 5px; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            thead th { background: #e8eaf6; word-wrap: normal; }
            table.facts th { width: 38%; background: #f5f5f5; }
            td.n, th.n { text-align: right; }
            tr { page-break-inside: avoid; }
            .sev { font-weight: bold; }
            .sev-critical { color: #8e0000; } .sev-high { color: #c62828; } .sev-medium { color: #e65100; }
            .sev-low { color: #827717; } .sev-info { color: #546e7a; }
            .st-pass { color: #2e7d32; font-weight: bold; } .st-warn { color: #e65100; font-weight: bold; }
            .st-fail { color: #c62828; font-weight: bold; }
            .state-verified_equivalent { color: #2e7d32; font-weight: bold; }
            .state-converted_not_verified { color: #e65100; font-weight: bold; }
            .state-needs_work { color: #c62828; font-weight: bold; }
            code, .code { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
            pre { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: pre-wrap;
                  word-wrap: break-word; margin: 0; }
            .note { color: #424242; }
            table.items, table.fixed { table-layout: fixed; }
            @media print { body { margin: 0; } a { color: inherit; } }
            """;

    /** Only in the PDF: page size, page numbers, table-of-contents page numbers. */
    static final String PAGED = """
            @page { size: A4; margin: 16mm 12mm 18mm 12mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages);
                                     font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #616161; }
                    @top-right { content: "DMS Pilot assessment report"; font-size: 8pt; color: #9e9e9e; } }
            body { margin: 0; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .page-break { page-break-after: always; }
            """;

    private ReportCss() {
    }
}
