package be.coop.backoffice.payments.statement;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small read-only XML tree built with StAX: elements by local name (the camt versions differ by
 * namespace only), their text, attributes and the line each starts on, for messages.
 *
 * <p>Read safely: no DTD, no external entities; a document that declares a DOCTYPE is refused.
 * Blank lines before the XML declaration (which the XML rules forbid, and some exports write) are
 * passed over; lines are still counted from the top of the file.
 */
final class XmlElement {

    private final String name;
    private final String namespace;
    private final int line;
    private final List<String[]> attributes = new ArrayList<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlElement(String name, String namespace, int line) {
        this.name = name;
        this.namespace = namespace;
        this.line = line;
    }

    static XmlElement parse(String fileName, byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        int start = firstNonBlank(content);
        if (start == content.length || content[start] != '<') {
            start = 0; // not text starting with '<' (UTF-16, say): the parser reads it all
        }
        int lineOffset = 0;
        for (int i = 0; i < start; i++) {
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 == start || content[i + 1] != '\n'))) {
                lineOffset++;
            }
        }
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content, start, content.length - start));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new StatementRejectedException(fileName,
                            lineOffset + reader.getLocation().getLineNumber(), "a DOCTYPE is not accepted in a bank statement");
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement e = new XmlElement(reader.getLocalName(),
                                reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI(),
                                lineOffset + reader.getLocation().getLineNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            e.attributes.add(new String[] {reader.getAttributeLocalName(i), reader.getAttributeValue(i)});
                        }
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children.add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                        // comments, processing instructions, whitespace outside elements
                    }
                }
            }
            if (root == null) {
                throw new StatementRejectedException(fileName, 1, "no XML element in the file");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = lineOffset + (e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber()));
            throw new StatementRejectedException(fileName, line, "not well-formed XML: " + firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /** The offset of the first byte after a UTF-8 byte-order mark and blanks (space, tab, line ends). */
    static int firstNonBlank(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i;
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    int line() {
        return line;
    }

    /**
     * This element if {@code test} accepts it, else those of its descendants that it accepts, in
     * document order, without looking inside an accepted one.
     */
    List<XmlElement> outermost(Predicate<XmlElement> test) {
        if (test.test(this)) {
            return List.of(this);
        }
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            found.addAll(c.outermost(test));
        }
        return found;
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element at the end of a path of child names, or null when one step is missing. */
    XmlElement find(String... path) {
        XmlElement e = this;
        for (String step : path) {
            e = e.child(step);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** The stripped text of the element at the end of the path, or {@code ""}. */
    String text(String... path) {
        XmlElement e = find(path);
        return e == null ? "" : e.text.toString().strip();
    }

    String attribute(String attributeName) {
        for (String[] a : attributes) {
            if (a[0].equals(attributeName)) {
                return a[1];
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int lastNewline = m.lastIndexOf('\n');
        String last = lastNewline < 0 ? m : m.substring(lastNewline + 1).strip();
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }
}
