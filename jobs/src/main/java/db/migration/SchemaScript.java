package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a DDL script shipped inside a framework jar, statement by statement, so the project owns
 * when the framework's tables are created without copying the frameworks' scripts.
 */
final class SchemaScript {

    private SchemaScript() {
    }

    /** Runs every statement of the classpath script except those starting with one of {@code skipPrefixes}. */
    static void run(Connection connection, String classpathLocation, String... skipPrefixes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(classpathLocation)) {
                String upper = sql.toUpperCase();
                boolean skip = upper.equals("COMMIT");
                for (String prefix : skipPrefixes) {
                    skip |= upper.startsWith(prefix);
                }
                if (!skip) {
                    statement.execute(sql);
                }
            }
        }
    }

    static List<String> statements(String classpathLocation) {
        String script;
        try (InputStream in = SchemaScript.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("schema script not on the classpath: " + classpathLocation);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + classpathLocation, e);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("--") && !trimmed.startsWith("#")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        for (String sql : withoutComments.toString().split(";")) {
            if (!sql.isBlank()) {
                result.add(sql.trim());
            }
        }
        return result;
    }
}
