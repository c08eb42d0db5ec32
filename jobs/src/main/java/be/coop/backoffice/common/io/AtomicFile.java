package be.coop.backoffice.common.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file through a temporary file moved into place: a reader never sees half of one.
 *
 * <p>Durable when it returns: the content is forced to disk before the move and the directory after
 * it. The jobs record a file as written (a salary file, a night's declarations) in the transaction
 * that commits right after; the database keeps its commits through a power cut, so the file must
 * too, or the record would name a file the outbox lost.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String content) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // a fixed name: a run killed mid-write leaves one .part file, which the re-run overwrites
            Path temporary = directory.resolve(target.getFileName() + ".part");
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
                file.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
                folder.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
