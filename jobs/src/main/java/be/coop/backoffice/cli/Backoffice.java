package be.coop.backoffice.cli;

import be.coop.backoffice.BackofficeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for one command. */
final class Backoffice {

    private Backoffice() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions database) {
        return new SpringApplicationBuilder(BackofficeApplication.class)
                .properties(database.properties())
                .logStartupInfo(false)
                .run();
    }
}
