package be.coop.backoffice.cli;

import be.coop.backoffice.BackofficeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for one command. */
final class Backoffice {

    private Backoffice() {
    }

    /**
     * The command's options are passed as command-line properties, so they win over
     * {@code config/application.yml} and the environment, as an operator expects of an option.
     */
    static ConfigurableApplicationContext start(DatabaseOptions database) {
        return start(database, java.util.Map.of());
    }

    /** With more properties, e.g. quieter logs for a command that prints its own progress. */
    static ConfigurableApplicationContext start(DatabaseOptions database, java.util.Map<String, Object> more) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>(database.properties());
        properties.putAll(more);
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BackofficeApplication.class)
                .logStartupInfo(false)
                .run(args);
    }

    /** A replay prints one line a night; the jobs' own per-step lines stay in the DEBUG log. */
    static final java.util.Map<String, Object> ONE_LINE_A_NIGHT = java.util.Map.of("logging.level.be.coop.backoffice", "WARN");
}
