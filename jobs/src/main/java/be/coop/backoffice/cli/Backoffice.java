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
        String[] args = database.properties().entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BackofficeApplication.class)
                .logStartupInfo(false)
                .run(args);
    }
}
