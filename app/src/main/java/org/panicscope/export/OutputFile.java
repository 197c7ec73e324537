package org.panicscope.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where an export's bytes go: a hidden part file (or, for frames, a part folder) next to the target, moved into
 * place when complete. What the user already has is safe: an existing file, or a symbolic link even when it
 * dangles, is replaced only with {@code force}, and never when it is (or points to) a folder, a device, a FIFO or
 * a socket, force or not. Part files not yet moved into place are deleted on failure, on cancel and, through a
 * shutdown hook, when the JVM ends on Ctrl-C or a termination signal (SIGINT, SIGTERM, SIGHUP; nothing runs on
 * SIGKILL).
 */
final class OutputFile {
    private OutputFile() { }

    private static final Set<Path> PARTS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    /** Checks that {@code out} may be written: absent, or a regular file (or a link) and {@code force}. */
    static void checkTarget(Path out, boolean force) throws IOException {
        BasicFileAttributes link;
        try {
            link = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (link.isSymbolicLink()) {
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(out, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (!force) throw new Exports.FileExists(out, "is a symbolic link to a missing file");
                return; // --force replaces the link itself
            }
            if (!target.isRegularFile()) throw new IOException(out + " is a symbolic link to " + kind(target) + "; an export replaces only a file");
        } else if (link.isDirectory()) {
            throw new IOException(out + " is a folder; give a file name");
        } else if (!link.isRegularFile()) {
            throw new IOException(out + " is " + kind(link) + ", not a file; an export never replaces one, even with --force");
        }
        if (!force) throw new Exports.FileExists(out);
    }

    /** Frames go into a folder: absent, or an empty folder, or (with {@code force}) a folder of frames to replace. */
    static void checkFolder(Path dir, boolean force) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(dir)) throw new Exports.FileExists(dir, "is a symbolic link to a missing folder");
            return;
        }
        if (!a.isDirectory()) throw new IOException(dir + " is " + kind(a) + "; frames go into a folder");
        if (!force) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                if (ds.iterator().hasNext()) throw new Exports.FileExists(dir);
            }
        }
    }

    private static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) return "a folder";
        if (a.isRegularFile()) return "a file";
        if (a.isOther()) return "a device, FIFO or socket";
        return "not a regular file";
    }

    /** A fresh hidden file next to {@code out}, with the default permissions (not createTempFile's 0600). */
    static Path part(Path out) throws IOException {
        Path dir = parent(out);
        Files.createDirectories(dir);
        for (int i = 0; ; i++) {
            Path p = dir.resolve(partName(out, i));
            try {
                Files.createFile(p);
                track(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                if (i > 1000) throw e;
            }
        }
    }

    /** A fresh hidden folder next to {@code dir}, for frames written before they are moved into place. */
    static Path partFolder(Path dir) throws IOException {
        Path parent = parent(dir);
        Files.createDirectories(parent);
        for (int i = 0; ; i++) {
            Path p = parent.resolve(partName(dir, i));
            try {
                Files.createDirectory(p);
                track(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                if (i > 1000) throw e;
            }
        }
    }

    private static Path parent(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        return dir == null ? Path.of(".").toAbsolutePath() : dir;
    }

    /** {@code .NAME.PID-N.part}: hidden, and naming the process that writes it. */
    static String partName(Path out, int i) {
        return "." + out.getFileName() + "." + ProcessHandle.current().pid() + "-" + i + ".part";
    }

    /** Moves a complete part file over {@code out} (replacing it only with {@code force}). */
    static void commit(Path part, Path out, boolean force) throws IOException {
        checkTarget(out, force); // again: the target may have appeared while the export was drawn
        try {
            if (force) Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            else Files.move(part, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (force) Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            else Files.move(part, out);
        } catch (FileAlreadyExistsException e) {
            throw new Exports.FileExists(out);
        }
        PARTS.remove(part);
        // on POSIX a non-forced atomic rename may replace a file created meanwhile; the checks make that a race only
    }

    /** Moves a complete part folder of frames into place: renamed when {@code dir} is absent, else file by file. */
    static void commitFolder(Path part, Path dir, boolean force) throws IOException {
        checkFolder(dir, force);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(part, dir, StandardCopyOption.ATOMIC_MOVE);
                PARTS.remove(part);
                return;
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.createDirectories(dir);
            }
        }
        try (Stream<Path> old = Files.list(dir)) { // frames of an earlier, longer export would be mistaken for these
            for (Path f : (Iterable<Path>) old::iterator)
                if (f.getFileName().toString().matches("frame-\\d{4,}\\.png") && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) Files.delete(f);
        }
        try (Stream<Path> frames = Files.list(part)) {
            for (Path f : (Iterable<Path>) frames::iterator) Files.move(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        discard(part);
    }

    /** Deletes a part file or folder that will not be moved into place. */
    static void discard(Path part) {
        if (part == null) return;
        // during shutdown the export's thread still runs and may add a frame while the folder is emptied: retry
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                if (Files.isDirectory(part, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> s = Files.walk(part)) {
                        for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
                    }
                } else {
                    Files.deleteIfExists(part);
                }
                break;
            } catch (IOException | java.io.UncheckedIOException e) {
                try { Thread.sleep(25); } catch (InterruptedException ie) { Thread.currentThread().interrupt(); break; }
            }
        }
        PARTS.remove(part);
    }

    /** Throws once the JVM is shutting down, so that an export stops adding to what the hook deletes. */
    static void checkOpen() throws IOException {
        if (closing) throw new IOException("the program is ending; the unfinished export was removed");
    }

    private static volatile boolean closing;

    private static void track(Path p) {
        PARTS.add(p);
        if (!hooked) {
            synchronized (OutputFile.class) {
                if (!hooked) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        closing = true;
                        PARTS.forEach(OutputFile::discard);
                    }, "export-cleanup"));
                    hooked = true;
                }
            }
        }
    }

    /** The part files and folders not yet moved into place or deleted (for tests). */
    static Set<Path> pending() { return Set.copyOf(PARTS); }
}
