package pl.edugmina.common;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatted text written in the browser's editor (PrimeFaces textEditor, Quill): what is kept is an allow-list of
 * paragraphs, emphasis, headings, lists, quotations and web or e-mail links; scripts, styles, images, frames, event
 * attributes, {@code javascript:} and {@code data:} addresses and everything else are dropped. The result is safe to
 * show as HTML. Headings are {@code h3}–{@code h5} (the page has its own {@code h1} and {@code h2}; pasted {@code h1}
 * and {@code h2} are moved down, so sanitising twice changes nothing) and the editor's
 * flat lists ({@code <ol><li data-list="bullet">}, indentation as classes) become proper nested {@code ul}/{@code ol}
 * so that screen readers announce them as the user wrote them. {@link #plainText} is the same content as text, for
 * search, summaries and places that cannot show HTML.
 */
public final class RichText {

    /** What is kept, element by element. */
    private static final PolicyFactory KEPT = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "s", "blockquote", "ol", "ul", "li", "h3", "h4", "h5")
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .allowAttributes("class").matching(Pattern.compile("ql-indent-[1-8]")).onElements("li")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** The first pass also renames the editor's and pasted elements into those kept. */
    private static final PolicyFactory RENAMED = new HtmlPolicyBuilder()
            .allowElements((name, attrs) -> "strong", "b")
            .allowElements((name, attrs) -> "em", "i")
            .allowElements((name, attrs) -> "s", "strike", "del")
            .allowElements((name, attrs) -> "h3", "h1")
            .allowElements((name, attrs) -> "h4", "h2")
            .allowElements((name, attrs) -> "h5", "h6")
            .toFactory().and(KEPT);

    private static final Pattern FLAT_LIST = Pattern.compile("<ol>((?:<li[^>]*>.*?</li>)*)</ol>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li([^>]*)>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern INDENT = Pattern.compile("ql-indent-(\\d)");

    private RichText() {
    }

    /** The safe form of {@code html} (an empty string for nothing). */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // the second pass keeps whatever the list rebuilding produced well-formed
        return KEPT.sanitize(nestLists(RENAMED.sanitize(html))).strip();
    }

    /** The text of (already sanitised) HTML: paragraphs, headings and items on their own lines, entities decoded. */
    public static String plainText(String safeHtml) {
        if (safeHtml == null) {
            return "";
        }
        String text = safeHtml
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n• ")
                .replaceAll("(?i)</(p|h[3-5]|blockquote|ol|ul|li)>", "\n")
                .replaceAll("<[^>]+>", "");
        text = decodeEntities(text);
        // one line per paragraph, heading and list item
        return text.replaceAll("[ \\t\\x{00A0}]+\n", "\n").replaceAll("\n{2,}", "\n").strip();
    }

    /** Plain text as formatted text: a paragraph per block separated by an empty line, line breaks kept, all escaped. */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(String.join("<br>", para.strip().lines().map(RichText::escape).toList())).append("</p>");
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }

    /** Whether the text holds anything besides empty paragraphs. */
    public static boolean isBlank(String safeHtml) {
        return plainText(safeHtml).isBlank();
    }

    /**
     * Quill writes every list as one flat {@code ol} whose items say their kind ({@code data-list}) and depth
     * ({@code ql-indent-N}); this builds the nested lists that HTML means.
     */
    static String nestLists(String html) {
        Matcher lists = FLAT_LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (lists.find()) {
            lists.appendReplacement(out, Matcher.quoteReplacement(nested(lists.group(1))));
        }
        lists.appendTail(out);
        return out.toString();
    }

    private static String nested(String items) {
        record Open(String tag, int depth) {
        }
        List<Open> open = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher item = ITEM.matcher(items);
        while (item.find()) {
            String attrs = item.group(1);
            String tag = attrs.contains("data-list=\"bullet\"") ? "ul" : "ol";
            Matcher indent = INDENT.matcher(attrs);
            int depth = indent.find() ? Integer.parseInt(indent.group(1)) : 0;
            // close deeper lists, or a list of the other kind at this depth
            while (!open.isEmpty() && (open.get(open.size() - 1).depth() > depth
                    || open.get(open.size() - 1).depth() == depth && !open.get(open.size() - 1).tag().equals(tag))) {
                out.append("</li></").append(open.remove(open.size() - 1).tag()).append('>');
            }
            Open top = open.isEmpty() ? null : open.get(open.size() - 1);
            if (top != null && top.depth() == depth) {
                out.append("</li>");
            } else {
                // a deeper level opens inside the current item (or one level at a time from nothing)
                int from = top == null ? 0 : top.depth() + 1;
                for (int d = from; d <= depth; d++) {
                    if (d > from) {
                        out.append("<li>");
                    }
                    out.append('<').append(tag).append('>');
                    open.add(new Open(tag, d));
                }
            }
            out.append("<li>").append(item.group(2));
        }
        while (!open.isEmpty()) {
            out.append("</li></").append(open.remove(open.size() - 1).tag()).append('>');
        }
        return out.toString();
    }

    private static String decodeEntities(String s) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|nbsp|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
