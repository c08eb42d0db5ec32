package be.coop.backoffice.common.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
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
 *
 * <p>Large files are streamed ({@link #create}): written into the temporary file as they are made,
 * read back from it to be checked, then {@link Pending#commit committed}; one never committed is
 * deleted. A night's files are megabytes, and a document built whole in memory costs arrays that
 * large several times over (buffer, string, bytes), each a "humongous" allocation that sets off a
 * collection in a 512 MB heap.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String content) {
        try (Pending file = create(target)) {
            try {
                file.writer().write(content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            file.commit();
        }
    }

    /** Opens the temporary file of {@code target} (a fixed name: a run killed mid-write leaves one, overwritten here). */
    public static Pending create(Path target) {
        try {
            return new Pending(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** A file being written: UTF-8 text into {@code <target>.part}, moved to the target on commit only. */
    public static final class Pending implements AutoCloseable {

        private final Path target;
        private final Path directory;
        private final Path temporary;
        private final FileChannel channel;
        private final Writer writer;
        private boolean closed;

        private Pending(Path target) throws IOException {
            this.target = target;
            this.directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            this.temporary = directory.resolve(target.getFileName() + ".part");
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        public Writer writer() {
            return writer;
        }

        /** The temporary file holding everything written so far, to be read back before the commit. */
        public Path written() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + temporary, e);
            }
            return temporary;
        }

        /** Forces the content to disk, moves it into place and forces the folder. */
        public void commit() {
            try {
                writer.flush();
                channel.force(true);
                closed = true;
                writer.close();
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
                    folder.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }

        /** Not committed: the temporary file is deleted, the target left as it was. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                writer.close();
            } catch (IOException e) {
                // the file is deleted below
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + temporary, e);
            }
        }
    }
}
