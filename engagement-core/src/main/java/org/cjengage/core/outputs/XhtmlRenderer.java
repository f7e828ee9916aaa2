package org.cjengage.core.outputs;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an {@link OutputDocument} as a self-contained XHTML page for the PDF renderer. All text goes
 * through {@link #escape(String)}; nothing from a user is ever written as markup. The PDF styles these pages with
 * {@code document-defaults.css} ({@link DocumentNamespaceHandler}): writing an element or attribute not listed there
 * needs the library's default rules for it added there ({@code DocumentNamespaceHandlerTest} shows a difference).
 */
public final class XhtmlRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OutputsText text;

    public XhtmlRenderer(OutputsText text) {
        this.text = text;
    }

    public String render(OutputDocument doc) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(doc.language()))
                .append("\" xml:lang=\"").append(escape(doc.language())).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(escape(doc.subtitle())).append("\"/>\n")
                .append("<meta name=\"author\" content=\"CJ Engage\"/>\n")
                .append("<style>\n")
                .append("@page { size: A4; margin: 20mm 18mm; }\n")
                // a table too wide for a portrait page gets landscape pages of its own
                .append("@page wide { size: A4 landscape; margin: 15mm 15mm; }\n")
                .append("div.wide { page: wide; width: 267mm; }\n")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; }\n")
                .append("h1 { font-size: 20pt; margin: 0 0 4pt 0; } h2 { font-size: 14pt; margin: 16pt 0 6pt 0; }\n")
                .append("p.subtitle { font-size: 12pt; margin: 0 0 2pt 0; } p.date { color: #444; }\n")
                // fixed layout with the column widths given: a table never grows past the page; long words wrap
                .append("table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4pt 0 10pt 0;"
                        + " -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; }\n")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }\n")
                .append("caption { text-align: left; font-weight: bold; padding: 2pt 0; }\n")
                .append("th, td { border: 0.5pt solid #666; padding: 3pt 4pt; text-align: left; vertical-align: top;"
                        + " word-wrap: break-word; overflow-wrap: break-word; }\n")
                .append("table.many th, table.many td { font-size: 9pt; padding: 2pt 3pt; }\n")
                .append("th { background: #e8e8e8; }\n")
                // list markers drawn by the renderer come from a non-embedded symbol font: draw them as text
                .append("ul { list-style-type: none; padding-left: 0; }\n")
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(doc.title())).append("</h1>\n");
        if (!doc.subtitle().isBlank()) {
            out.append("<p class=\"subtitle\">").append(escape(doc.subtitle())).append("</p>\n");
        }
        out.append("<p class=\"date\">").append(escape(text.get(doc.dated().messageKey(), DATE.format(doc.date()))))
                .append("</p>\n");
        for (OutputSection section : doc.sections()) {
            out.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Text t -> out.append("<p>").append(escapeLines(t.text())).append("</p>\n");
                    case Block.Bullets b -> {
                        out.append("<ul>\n");
                        b.items().forEach(i -> out.append("<li>• ").append(escape(i)).append("</li>\n"));
                        out.append("</ul>\n");
                    }
                    case Block.Table t -> table(out, t);
                }
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * A long table's rows go into bodies ({@code tbody}) of this many rows: one table, one header row repeated on
     * each page, no visible difference. The PDF renderer measures the cells of a whole body again each time a row
     * moves to the next page, so one body of 3,333 rows had its 10,000 cells measured again for each of its 177 pages
     * (issue 16).
     */
    static final int ROWS_PER_BODY = 50;

    /** Tables with more columns than this are set in a smaller size; more than {@link #PORTRAIT_COLUMNS} go landscape. */
    static final int MANY_COLUMNS = 4;
    static final int PORTRAIT_COLUMNS = 5;

    private static void table(StringBuilder out, Block.Table t) {
        boolean wide = t.headers().size() > PORTRAIT_COLUMNS;
        if (wide) {
            out.append("<div class=\"wide\">\n");
        }
        out.append("<table").append(t.headers().size() > MANY_COLUMNS ? " class=\"many\"" : "").append(">\n<caption>")
                .append(escape(t.caption())).append("</caption>\n<colgroup>");
        for (int width : columnWidths(t)) {
            out.append("<col style=\"width: ").append(width).append("%\"/>");
        }
        out.append("</colgroup>\n<thead><tr>");
        t.headers().forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        int written = 0;
        for (List<String> row : t.rows()) {
            if (written > 0 && written % ROWS_PER_BODY == 0) {
                out.append("</tbody>\n<tbody>\n");
            }
            written++;
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append('>').append(escapeLines(row.get(i)))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (wide) {
            out.append("</div>\n");
        }
    }

    /**
     * Column widths in per cent of the table, in proportion to what each column holds (its longest header
     * word and its typical cell length, within limits), so that short figures take little room and text columns
     * share the rest. They add up to 100.
     */
    static int[] columnWidths(Block.Table t) {
        int columns = t.headers().size();
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longestWord = longestWord(t.headers().get(c));
            long total = 0;
            int longest = 0;
            for (List<String> row : t.rows()) {
                total += row.get(c).length();
                longest = Math.max(longest, row.get(c).length());
                longestWord = Math.max(longestWord, longestWord(row.get(c)));
            }
            double mean = t.rows().isEmpty() ? 0 : (double) total / t.rows().size();
            weight[c] = Math.max(Math.min(longestWord, 16), Math.min(60, (mean + longest) / 2));
            weight[c] = Math.max(weight[c], 5);
        }
        double sum = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = (int) Math.max(1, Math.floor(100 * weight[c] / sum));
            given += widths[c];
        }
        widths[0] += 100 - given;
        return widths;
    }

    /** The length of the longest run of characters between whitespace ({@code \s}: space, tab, line breaks). */
    static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                run = 0;
            } else {
                run++;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /** The text escaped, each line break ({@code \R}) written as {@code <br/>}. */
    static String escapeLines(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLineBreak(s.charAt(i))) {
                return String.join("<br/>", java.util.Arrays.stream(LINE_BREAK.split(s, -1)).map(XhtmlRenderer::escape)
                        .toList());
            }
        }
        return escape(s);
    }

    /** A character that starts a line break in the sense of {@code \R}. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
