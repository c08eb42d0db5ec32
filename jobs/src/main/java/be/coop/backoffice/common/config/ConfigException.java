package be.coop.backoffice.common.config;

/** A configuration file that cannot be used; the message names the file, the line and the rule. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
