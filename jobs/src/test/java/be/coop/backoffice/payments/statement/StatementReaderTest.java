package be.coop.backoffice.payments.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

    private final StatementReader reader = new StatementReader();

    @Test
    void formatIsToldByTheContentNotTheName() throws Exception {
        byte[] coda = Files.readAllBytes(Path.of("src/test/resources/statements/coda/sample1.cod"));
        byte[] camt = Files.readAllBytes(Path.of("src/test/resources/statements/camt/camt053-consistent.xml"));

        assertThat(reader.read("statement.xml", coda).get(0).format()).isEqualTo(StatementFormat.CODA);
        assertThat(reader.read("statement.cod", camt).get(0).format()).isEqualTo(StatementFormat.CAMT053);
    }

    @Test
    void byteOrderMarkAndLeadingWhiteSpaceBeforeXmlAreTolerated() throws Exception {
        String camt = Files.readString(Path.of("src/test/resources/statements/camt/camt053-consistent.xml"));
        byte[] withBom = ("\uFEFF" + camt).getBytes(StandardCharsets.UTF_8);

        assertThat(reader.parserFor("bom.xml", withBom)).isInstanceOf(Camt053Parser.class);
        assertThat(reader.read("bom.xml", withBom).get(0).lines()).hasSize(5);
    }

    @Test
    void emptyOrUnknownFilesAreRefused() {
        assertThatThrownBy(() -> reader.read("empty.cod", new byte[0]))
                .hasMessage("empty.cod refused: line 1: the file is empty");
        assertThatThrownBy(() -> reader.read("notes.txt", "Dear customer".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("notes.txt refused: line 1: neither CODA (first record 0) nor camt.053 XML");
    }
}
