package be.coop.backoffice.payments.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the statements of one file of a given format, without judging their figures. */
public interface StatementParser {

    /**
     * The statements of the file, in file order (a file may hold several accounts or days).
     *
     * @param fileName name used in messages
     * @throws StatementRejectedException when the file cannot be read as this format; the exception
     *                                    names the file, the line and the reason
     */
    List<BankStatement> parse(String fileName, byte[] content);

    default List<BankStatement> parse(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }
}
