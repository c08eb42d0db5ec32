package be.coop.backoffice.common.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;

/**
 * Writes an XML document in memory, one element per line, and knows the line each element starts
 * on, so that a schema error reported at a line can be traced back to the record it came from.
 *
 * <p>Written straight into a buffer (the files of a night hold a million elements): text is escaped
 * as {@code &amp; &lt; &gt;}, attribute values also {@code &quot;}; names are the caller's constants
 * and are written as given. The output is UTF-8 once encoded, as the declaration says.
 *
 * <p>In memory ({@link #finish}) or streamed into a writer ({@link #IndentedXmlWriter(Writer)},
 * {@link #finishInto}): then at most about {@value #SPILL_AT} characters are held at a time.
 */
public final class IndentedXmlWriter {

    static final int SPILL_AT = 1 << 15;

    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Where the document is streamed, or null when it is kept in memory. */
    private final Writer sink;
    private int lines;
    private int depth;
    private boolean lastWasText;
    /** A start tag is open ({@code <name} written, attributes may follow, {@code >} not yet). */
    private boolean tagOpen;
    private final ArrayDeque<String> open = new ArrayDeque<>();

    /** A document kept in memory, returned by {@link #finish}. */
    public IndentedXmlWriter() {
        this(null);
    }

    /** A document written into {@code sink} as it goes; {@link #finishInto} writes its end. */
    public IndentedXmlWriter(Writer sink) {
        this.sink = sink;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Opens an element on a new line and returns the line number it starts on (1-based). */
    public int start(String name) {
        closeTag();
        newLine();
        int line = lines + 1;
        out.append('<').append(name);
        open.push(name);
        tagOpen = true;
        depth++;
        lastWasText = false;
        return line;
    }

    public void attribute(String name, String value) {
        requireOpenTag(name);
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
    }

    public void namespace(String uri) {
        attribute("xmlns", uri);
    }

    public void namespace(String prefix, String uri) {
        attribute("xmlns:" + prefix, uri);
    }

    /** An element holding only text, on one line; nothing is written when the value is null. */
    public void leaf(String name, Object value) {
        if (value == null) {
            return;
        }
        start(name);
        text(value.toString());
        end();
    }

    /** The text content of the element just opened (after its attributes); its end tag stays on the line. */
    public void text(String value) {
        closeTag();
        escape(value, false);
        lastWasText = true;
    }

    public void end() {
        closeTag();
        depth--;
        if (!lastWasText) {
            newLine();
        }
        out.append("</").append(open.pop()).append('>');
        lastWasText = false;
        if (sink != null && out.length() >= SPILL_AT) {
            spill();
        }
    }

    /** The whole document, kept in memory. */
    public String finish() {
        if (sink != null) {
            throw new IllegalStateException("the document is streamed: finishInto() ends it");
        }
        close();
        return out.toString();
    }

    /** Writes the end of the streamed document into the sink (flushed). */
    public void finishInto() {
        if (sink == null) {
            throw new IllegalStateException("the document is in memory: finish() returns it");
        }
        close();
        spill();
        try {
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        out.append('\n');
    }

    private void spill() {
        try {
            sink.append(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    private void requireOpenTag(String what) {
        if (!tagOpen) {
            throw new IllegalStateException(what + " written outside a start tag");
        }
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    private void newLine() {
        out.append('\n');
        lines++;
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    private void escape(String value, boolean attribute) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> {
                    out.append(c);
                    lines++;
                }
                default -> out.append(c);
            }
        }
    }
}
