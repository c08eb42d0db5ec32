package be.coop.backoffice.common.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IndentedXmlWriterTest {

    @Test
    void writesOneElementPerLineEscapedAndKnowsTheLineEachStartsOn() {
        IndentedXmlWriter xml = new IndentedXmlWriter();
        int document = xml.start("Document");
        xml.namespace("urn:example");
        xml.namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        int header = xml.start("Header");
        xml.leaf("Name", "Café & <Co> \"quoted\" 'single'");
        xml.leaf("Missing", null);
        xml.leaf("Count", 3);
        xml.end();
        int amount = xml.start("Amount");
        xml.attribute("Ccy", "EUR & \"<x>\" 'y'");
        xml.text("12.50");
        xml.end();
        int empty = xml.start("Empty");
        xml.end();
        xml.end();

        String text = xml.finish();

        assertThat(text).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:example" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                \t<Header>
                \t\t<Name>Café &amp; &lt;Co&gt; "quoted" 'single'</Name>
                \t\t<Count>3</Count>
                \t</Header>
                \t<Amount Ccy="EUR &amp; &quot;&lt;x&gt;&quot; 'y'">12.50</Amount>
                \t<Empty>
                \t</Empty>
                </Document>
                """);
        assertThat(new int[] {document, header, amount, empty}).containsExactly(2, 3, 7, 8);
    }

    @Test
    void aStreamedDocumentHasTheBytesOfTheDocumentInMemory() {
        IndentedXmlWriter memory = new IndentedXmlWriter();
        StringWriter sink = new StringWriter();
        IndentedXmlWriter streamed = new IndentedXmlWriter(sink);
        for (IndentedXmlWriter xml : new IndentedXmlWriter[] {memory, streamed}) {
            xml.start("Document");
            for (int i = 0; i < 5_000; i++) {
                xml.start("Entry");
                xml.attribute("n", Integer.toString(i));
                xml.leaf("Name", "Café & <Co> n°" + i);
                xml.end();
            }
            xml.end();
        }
        String expected = memory.finish();

        streamed.finishInto();

        assertThat(expected.length()).isGreaterThan(10 * IndentedXmlWriter.SPILL_AT);
        assertThat(sink.toString()).isEqualTo(expected);
    }
}
