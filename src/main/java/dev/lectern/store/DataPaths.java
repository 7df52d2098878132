package dev.lectern.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where lectern keeps its files, by the XDG base-directory rules: the search index in the cache
 * dir (it can be rebuilt), study data in the data dir (it cannot), themes in the config dir,
 * shell history in the state dir. {@code --data-dir DIR} puts all of them under DIR.
 */
public record DataPaths(Path cache, Path data, Path config, Path state) {

    public static DataPaths resolve(Path dataDirOverride, Map<String, String> env) {
        if (dataDirOverride != null) {
            Path d = dataDirOverride.toAbsolutePath();
            return new DataPaths(d.resolve("cache"), d, d.resolve("config"), d.resolve("state"));
        }
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        return new DataPaths(
                xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("lectern"),
                xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("lectern"),
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("lectern"),
                xdg(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("lectern"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        // The spec says relative paths are invalid and must be ignored.
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    /** The study-data file. */
    public Path studyFile() {
        return data.resolve("study.db");
    }

    /** The index file for a library folder: one per folder, so two libraries never share a cache. */
    public Path indexFile(Path libraryRoot, String libraryId) {
        String abs = libraryRoot.toAbsolutePath().normalize().toString();
        String safeId = libraryId.replaceAll("[^A-Za-z0-9._-]", "_");
        return cache.resolve("index-" + safeId + "-" + Integer.toHexString(abs.hashCode()) + ".db");
    }
}
