package be.coop.backoffice.common.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file through a temporary file moved into place: a reader never sees half of one. */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String content) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // a fixed name: a run killed mid-write leaves one .part file, which the re-run overwrites
            Path temporary = directory.resolve(target.getFileName() + ".part");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
