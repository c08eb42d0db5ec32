package be.coop.backoffice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The back office's jobs in one Spring context: data source, Flyway migrations, the Spring Batch
 * job repository and every job configuration. Started by the command line ({@code cli}), never as
 * a server of its own.
 */
@SpringBootApplication
public class BackofficeApplication {
}
