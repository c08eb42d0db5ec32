package be.coop.backoffice.payments;

import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one {@code COPY ... from stdin} in PostgreSQL's text format (tab between columns, {@code \N}
 * for null, backslash escapes), sent on the connection of the caller's transaction: the rows commit
 * or roll back with the rest of it. COPY is the bulk path of the import's two large inserts (the lines
 * and the payments of a file): no SQL per row and no array literals to build and parse.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private int rows;

    CopyRows add(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        lineStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    /** The COPY text as it will be sent. */
    String text() {
        return text.toString();
    }

    /** Runs {@code copy} (a {@code COPY table (columns) from stdin}); returns the rows the server counted. */
    long copy(JdbcTemplate jdbc, String copy) {
        if (rows == 0) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(text.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed: " + copy, e);
            }
        });
        return copied == null ? 0 : copied;
    }
}
