package be.coop.backoffice.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives; mixed into every command that uses the database. */
public class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "External PostgreSQL, e.g. jdbc:postgresql://host:5432/backoffice "
                    + "(default: environment BACKOFFICE_DB_URL, else the embedded database).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Default: environment BACKOFFICE_DB_USER.")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Default: environment BACKOFFICE_DB_PASSWORD.")
    String password;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Working folder: embedded database data, default inbox and outbox (default: ${DEFAULT-VALUE}).",
            defaultValue = "var")
    String home;

    /** Spring properties for these options; an option not given leaves config and environment in charge. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("backoffice.home", home);
        if (url != null) {
            properties.put("backoffice.db.url", url);
        }
        if (user != null) {
            properties.put("backoffice.db.user", user);
        }
        if (password != null) {
            properties.put("backoffice.db.password", password);
        }
        return properties;
    }
}
