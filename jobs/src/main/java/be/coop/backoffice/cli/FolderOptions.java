package be.coop.backoffice.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a night reads its feeds and writes its files; mixed into the commands that run nights. */
public class FolderOptions {

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox root, read as <inbox>/YYYY-MM-DD/ (default: <home>/inbox).")
    Path inbox;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Outbox root, written as <outbox>/YYYY-MM-DD/ (default: <home>/outbox).")
    Path outbox;

    Path inbox(DatabaseOptions database) {
        return inbox != null ? inbox : Path.of(database.home).resolve("inbox");
    }

    Path outbox(DatabaseOptions database) {
        return outbox != null ? outbox : Path.of(database.home).resolve("outbox");
    }
}
