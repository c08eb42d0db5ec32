package be.coop.backoffice.common.xml;

import java.io.StringWriter;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document in memory, one element per line, and knows the line each element starts
 * on, so that a schema error reported at a line can be traced back to the record it came from.
 */
public final class IndentedXmlWriter {

    private final LineCountingWriter out = new LineCountingWriter(new StringWriter());
    private final XMLStreamWriter xml;
    private int depth;
    private boolean lastWasText;

    public IndentedXmlWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element on a new line and returns the line number it starts on (1-based). */
    public int start(String name) {
        try {
            newLine();
            xml.flush();
            int line = out.lines() + 1;
            xml.writeStartElement(name);
            depth++;
            lastWasText = false;
            return line;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void namespace(String uri) {
        try {
            xml.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void namespace(String prefix, String uri) {
        try {
            xml.writeNamespace(prefix, uri);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setDefaultNamespace(String uri) {
        try {
            xml.setDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
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
        try {
            xml.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        lastWasText = true;
    }

    public void end() {
        try {
            depth--;
            if (!lastWasText) {
                newLine();
            }
            xml.writeEndElement();
            lastWasText = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public String finish() {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }

    private static final class LineCountingWriter extends Writer {

        private final StringWriter target;
        private int newlines;

        LineCountingWriter(StringWriter target) {
            this.target = target;
        }

        int lines() {
            return newlines;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            target.write(buffer, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return target.toString();
        }
    }
}
