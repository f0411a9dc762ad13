package dev.storium.internal.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files all or nothing: every file goes to a temporary file beside its target first, then each is
 * moved into place; when any step fails, the new files and directories are removed and replaced files restored.
 */
final class MigrationWriter {
    private final Map<Path, String> files = new LinkedHashMap<>();
    private final List<Path> deletions = new ArrayList<>();

    /** Adds a file to write; files are moved into place in the order added, so the journal should come last. */
    MigrationWriter file(Path target, String text) {
        files.put(target, text);
        return this;
    }

    /** Adds a file to delete once every file is written; restored when a later step fails. */
    MigrationWriter delete(Path target) {
        deletions.add(target);
        return this;
    }

    /** Writes every file added and deletes those to delete, or does none of it. */
    void commit() throws IOException {
        Deque<Path> createdDirs = new ArrayDeque<>();
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        Deque<Path> moved = new ArrayDeque<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path dir = file.getKey().getParent();
                createDirectories(dir, createdDirs);
                Path temp = Files.createTempFile(dir, ".storium-", ".tmp");
                temps.put(file.getKey(), temp);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
                if (Files.exists(file.getKey())) {
                    Path backup = Files.createTempFile(dir, ".storium-", ".bak");
                    backups.put(file.getKey(), backup);
                    Files.copy(file.getKey(), backup, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Path target : deletions) {
                if (!files.containsKey(target)) {
                    Path backup = Files.createTempFile(target.getParent(), ".storium-", ".bak");
                    backups.put(target, backup);
                    Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Map.Entry<Path, Path> move : temps.entrySet()) {
                move(move.getValue(), move.getKey(), backups.containsKey(move.getKey()));
                moved.push(move.getKey());
            }
            for (Path target : deletions) {
                if (!files.containsKey(target)) {
                    moved.push(target);
                    Files.delete(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path target : moved) {
                Path backup = backups.get(target);
                if (backup == null) {
                    deleteQuietly(target);
                } else {
                    restore(backup, target);
                }
            }
            temps.values().forEach(MigrationWriter::deleteQuietly);
            backups.values().forEach(MigrationWriter::deleteQuietly);
            createdDirs.forEach(MigrationWriter::deleteQuietly);
            throw e;
        }
        backups.values().forEach(MigrationWriter::deleteQuietly);
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        if (!replace && Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restore(Path backup, Path target) {
        try {
            Files.move(backup, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the backup stays beside the target; nothing better can be done while already failing
        }
    }

    private static void createDirectories(Path dir, Deque<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.push(p);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file or empty directory is harmless
        }
    }
}
