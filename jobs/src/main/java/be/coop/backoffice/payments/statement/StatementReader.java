package be.coop.backoffice.payments.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one bank statement file whatever its format and lets it through only if it passes
 * {@link StatementCheck}: the import takes all its statements or none.
 *
 * <p>The format is told by the content, not the file name: XML ({@code <} first, after a
 * byte-order mark and white space, or a UTF-16 text) is camt.053, a first record {@code 0} is CODA.
 */
public final class StatementReader {

    private final CodaParser coda = new CodaParser();
    private final Camt053Parser camt = new Camt053Parser();
    private final StatementCheck check = new StatementCheck();

    /**
     * The checked statements of the file.
     *
     * @throws StatementRejectedException naming the file and every problem (line and reason)
     * @throws IOException                when the file cannot be read at all
     */
    public List<BankStatement> read(Path file) throws IOException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** As {@link #read(Path)}, for content already in memory. */
    public List<BankStatement> read(String fileName, byte[] content) {
        List<BankStatement> statements = parserFor(fileName, content).parse(fileName, content);
        check.verify(fileName, statements);
        return statements;
    }

    /** The parser of the file's format. */
    public StatementParser parserFor(String fileName, byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == '<' && content[1] == 0) || (content[0] == 0 && content[1] == '<'))) {
            return camt; // UTF-16, with or without its byte-order mark: only XML is written so
        }
        int i = XmlElement.firstNonBlank(content);
        if (i < content.length && content[i] == '<') {
            return camt;
        }
        if (i < content.length && content[i] == '0') {
            return coda;
        }
        throw new StatementRejectedException(fileName, 1, i == content.length ? "the file is empty"
                : "neither CODA (first record 0) nor camt.053 XML");
    }
}
