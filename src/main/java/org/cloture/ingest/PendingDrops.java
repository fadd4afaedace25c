package org.cloture.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the next run would load: the files of each year folder compared by fingerprint with what the
 * database holds, without reading them as sources (only their bytes, for the SHA-256).
 */
public final class PendingDrops {

    private PendingDrops() {
    }

    public enum Change {
        /** In the folder, never loaded. */
        NEW,
        /** Loaded, but its content changed since. */
        CHANGED,
        /** Loaded, but no longer in the folder: the next run withdraws its rows. */
        REMOVED
    }

    public record Pending(int year, String path, Change change) {
    }

    /**
     * @param loaded per year, the SHA-256 of each loaded file by its path in the year folder
     */
    public static List<Pending> of(Path inputRoot, Map<Integer, Map<String, String>> loaded) throws IOException {
        Set<Integer> years = new java.util.TreeSet<>(loaded.keySet());
        years.addAll(yearFolders(inputRoot));
        List<Pending> pending = new ArrayList<>();
        for (int year : years) {
            Map<String, String> known = loaded.getOrDefault(year, Map.of());
            Set<String> contents = new HashSet<>(known.values());
            Path folder = inputRoot.resolve(Integer.toString(year));
            Map<String, Path> present = new TreeMap<>();
            if (Files.isDirectory(folder)) {
                for (Path file : DropFolderIngest.sourceFiles(folder)) {
                    present.put(folder.relativize(file).toString().replace('\\', '/'), file);
                }
            }
            for (Map.Entry<String, Path> file : present.entrySet()) {
                String sha256 = FileFingerprint.of(file.getValue()).sha256();
                String loadedSha256 = known.get(file.getKey());
                if (loadedSha256 == null && !contents.contains(sha256)) {
                    pending.add(new Pending(year, file.getKey(), Change.NEW));
                } else if (loadedSha256 != null && !loadedSha256.equals(sha256)) {
                    pending.add(new Pending(year, file.getKey(), Change.CHANGED));
                }
                // A byte-identical copy of a loaded file is never loaded: not pending.
            }
            new TreeMap<>(known).keySet().stream().filter(path -> !present.containsKey(path))
                    .forEach(path -> pending.add(new Pending(year, path, Change.REMOVED)));
        }
        return pending;
    }

    private static List<Integer> yearFolders(Path inputRoot) throws IOException {
        if (!Files.isDirectory(inputRoot)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(inputRoot)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).toList();
        }
    }
}
