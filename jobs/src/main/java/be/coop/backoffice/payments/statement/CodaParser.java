package be.coop.backoffice.payments.statement;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CODA 2.x file (Febelfin "Standard CODA 2.6"): one or more statements, each from a header
 * record 0 to a trailer record 9.
 *
 * <p>Tolerated: CRLF, LF or CR line ends, a missing last line end, blank lines, records cut short
 * (padded with spaces) or longer with only spaces beyond position 128, a byte-order mark, a DOS
 * end-of-file mark (Ctrl-Z) at the end. A statement without movements may have no record 8 (the
 * standard's empty statement, records 0, 1 and 9): its balance is unchanged. The text
 * is read as UTF-8 when it is valid UTF-8, otherwise as Windows-1252 (CODA files are single-byte).
 *
 * <p>Refused at once, naming the file, the line and the field: an unknown record type, a record out
 * of order, a number, amount, sign or date that cannot be read, a record longer than 128 characters,
 * a version other than 2, a file that ends before its trailer. A file of details only (a separate
 * application with zeroed balances) is read, and refused by the check (see
 * {@link CodaStatementBuilder}). The figures are not judged here: the
 * returned statements go to {@link StatementCheck}.
 */
public final class CodaParser implements StatementParser {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public List<BankStatement> parse(String fileName, byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = withoutEndOfFileMark(text);
        String[] rawLines = text.split("\r\n|\r|\n", -1);
        List<BankStatement> statements = new ArrayList<>();
        CodaStatementBuilder statement = null;
        int lastLine = 0;
        for (int i = 0; i < rawLines.length; i++) {
            if (rawLines[i].isBlank()) {
                continue;
            }
            CodaRecord r = CodaRecord.of(fileName, i + 1, rawLines[i]);
            lastLine = r.line();
            char type = r.type();
            if (type == '0') {
                if (statement != null) {
                    throw r.malformed("a new header comes before the trailer record 9 of the statement begun at line "
                            + statement.headerLine());
                }
                statement = new CodaStatementBuilder(fileName, r);
                continue;
            }
            if (statement == null) {
                throw new StatementRejectedException(fileName, r.line(),
                        "record type '" + type + "' before a header record 0");
            }
            switch (type) {
                case '1' -> {
                    if (statement.hasOldBalance()) {
                        throw r.malformed("second old balance record in the statement begun at line " + statement.headerLine());
                    }
                    statement.oldBalance(r);
                }
                case '2' -> {
                    requireBetweenBalances(statement, r);
                    switch (r.charAt(2)) {
                        case '1' -> statement.movement(r);
                        case '2', '3' -> statement.movementContinued(r);
                        default -> throw r.malformed("unknown movement record (article code at position 2)");
                    }
                }
                case '3' -> {
                    requireBetweenBalances(statement, r);
                    if (r.charAt(2) < '1' || r.charAt(2) > '3') {
                        throw r.malformed("unknown information record (article code at position 2)");
                    }
                    statement.information(r);
                }
                case '4' -> {
                    if (!statement.hasOldBalance()) {
                        throw r.malformed("free message before the old balance record 1");
                    }
                    statement.message(r);
                }
                case '8' -> {
                    requireBetweenBalances(statement, r);
                    statement.newBalance(r);
                }
                case '9' -> {
                    if (!statement.hasOldBalance()) {
                        throw r.malformed("trailer without an old balance record 1");
                    }
                    if (!statement.hasNewBalance()) {
                        if (statement.hasMovements()) {
                            throw r.malformed("trailer without the new balance record 8 of a statement with movements");
                        }
                        statement.unchangedBalance(r);
                    }
                    statements.add(statement.trailer(r));
                    statement = null;
                }
                default -> throw new StatementRejectedException(fileName, r.line(),
                        "unknown record type '" + type + "' (position 1 must be 0, 1, 2, 3, 4, 8 or 9)");
            }
        }
        if (statement != null) {
            throw new StatementRejectedException(fileName, lastLine,
                    "file ends without the trailer record 9 of the statement begun at line " + statement.headerLine());
        }
        if (statements.isEmpty()) {
            throw new StatementRejectedException(fileName, 1, "no CODA statement in the file");
        }
        return statements;
    }

    private static void requireBetweenBalances(CodaStatementBuilder statement, CodaRecord r) {
        if (!statement.hasOldBalance()) {
            throw r.malformed("comes before the old balance record 1");
        }
        if (statement.hasNewBalance()) {
            throw r.malformed("comes after the new balance record 8");
        }
    }

    /** The text without a DOS end-of-file mark (Ctrl-Z) at its end and the line ends around it. */
    private static String withoutEndOfFileMark(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\u001A' || text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }
}
