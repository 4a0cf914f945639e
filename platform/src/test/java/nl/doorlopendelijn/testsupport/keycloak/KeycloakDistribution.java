package nl.doorlopendelijn.testsupport.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution, unpacked once into a cache outside {@code target/} and built once for
 * {@code start-dev}, so neither a clean build nor a new launch repeats Quarkus' build step.
 * <p>
 * {@code kc.sh build} only builds the production profile ({@code start-dev} rebuilds on top of it and
 * {@code --profile=dev build} is refused), so the one-time build is a first {@code start-dev} in the cache, stopped
 * as soon as it is up. Each launch then runs in its own home: a copy whose 170 MB of jars are hard links into the
 * cache, with its own {@code data/} (database, import directory); Keycloak does not rebuild there.
 * <p>
 * The first start also leaves its H2 database behind: the schema (Liquibase: about 20 s on a 2-core machine), the
 * master realm (about 9 s) and its bootstrap admin, whose random password is kept beside the distribution
 * ({@link #adminPassword()}; Keycloak creates a bootstrap admin only in a new database). Each launch starts from a
 * copy of that database, so it only imports its own realms: 22 s instead of 77 s measured.
 */
final class KeycloakDistribution {

    static final String VERSION = "26.7.3";
    static final String DIST_ZIP_PROPERTY = "doorlopendelijn.keycloak.dist-zip";
    static final String CACHE_DIR_PROPERTY = "doorlopendelijn.keycloak.cache-dir";

    /** Renamed when what the build leaves behind changes (now: its database too), so older caches build again. */
    private static final String BUILT_MARKER = ".dev-build-complete-with-database-and-admin";
    private static final String ADMIN_PASSWORD_FILE = ".admin-password";
    private static final AtomicLong HOMES = new AtomicLong();

    private KeycloakDistribution() {
    }

    /** {@code -Ddoorlopendelijn.keycloak.cache-dir}, else {@code ~/.cache/doorlopende-lijn}. */
    static Path cacheRoot() {
        var configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "doorlopende-lijn");
    }

    /** A fresh Keycloak home for one launch, under the cache; remove it with {@link #deleteHome}. */
    static Path newHome(String name) {
        var dist = built();
        var runs = cacheRoot().resolve("runs");
        removeHomesOfDeadProcesses(runs);
        var home = runs.resolve(name + "-" + ProcessHandle.current().pid() + "-" + HOMES.incrementAndGet());
        deleteHome(home);
        try (Stream<Path> files = Files.walk(dist)) {
            for (var source : files.toList()) {
                var relative = dist.relativize(source);
                var target = home.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (relative.startsWith(Path.of("lib", "lib"))) {
                    Files.createLink(target, source); // read-only jars: share them
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak home " + home, e);
        }
        return home;
    }

    static void deleteHome(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try {
            Files.walkFileTree(home, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + home, e);
        }
    }

    /** The unpacked, built distribution; unpacks and builds it first if needed (once, across JVMs). */
    static Path built() {
        var root = cacheRoot();
        var dist = root.resolve("keycloak-" + VERSION);
        if (Files.exists(dist.resolve(BUILT_MARKER))) {
            return dist;
        }
        try {
            Files.createDirectories(root);
            try (var lock = FileChannel.open(root.resolve("keycloak-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE).lock()) {
                if (!Files.exists(dist.resolve(BUILT_MARKER))) {
                    var partial = root.resolve("keycloak-" + VERSION + ".partial");
                    deleteHome(partial);
                    deleteHome(dist);
                    unzip(distributionZip(), partial);
                    var password = partial.resolve("keycloak-" + VERSION).resolve(ADMIN_PASSWORD_FILE);
                    Files.writeString(password, java.util.UUID.randomUUID().toString());
                    Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString(
                            "rw-------"));
                    buildForDevMode(partial.resolve("keycloak-" + VERSION), root.resolve("logs"));
                    Files.move(partial.resolve("keycloak-" + VERSION), dist, StandardCopyOption.ATOMIC_MOVE);
                    deleteHome(partial);
                    Files.createFile(dist.resolve(BUILT_MARKER));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak " + VERSION + " in " + root, e);
        }
        return dist;
    }

    /** The password of the master realm's admin in the built database (every launch's copy has it). */
    static String adminPassword() {
        try {
            return Files.readString(built().resolve(ADMIN_PASSWORD_FILE)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Set by Maven ({@code dependency:properties}); else the default place in the local Maven repository. */
    static Path distributionZip() {
        var configured = System.getProperty(DIST_ZIP_PROPERTY);
        Path zip;
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            zip = Path.of(configured);
        } else {
            var repo = System.getProperty("maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
            zip = Path.of(repo, "org", "keycloak", "keycloak-quarkus-dist", VERSION,
                    "keycloak-quarkus-dist-" + VERSION + ".zip");
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + ". It is a test dependency "
                    + "of the platform module: run ./mvnw -B -pl platform test-compile (online) to download it.");
        }
        return zip;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (var zipFile = new ZipFile(zip.toFile())) {
            for (var entries = zipFile.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                var file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (var in = zipFile.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                if (file.getParent().getFileName().toString().equals("bin") && file.toString().endsWith(".sh")) {
                    file.toFile().setExecutable(true); // java.util.zip drops Unix permissions
                }
            }
        }
    }

    /**
     * A first start-dev persists the dev-mode build (lib/quarkus) and the database with the master realm; stop it
     * once it serves the master realm, and keep only the database of its {@code data/}.
     */
    private static void buildForDevMode(Path dist, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        var log = logDir.resolve("keycloak-" + VERSION + "-build.log");
        var port = KeycloakLauncher.freePort();
        var builder = new ProcessBuilder(List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port))
                .directory(dist.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakLauncher.ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD",
                Files.readString(dist.resolve(ADMIN_PASSWORD_FILE)).strip());
        var process = builder.start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/realms/master/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak's first start (its build) failed, see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Keycloak's first start (its build) took over 10 min, see " + log);
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                KeycloakLauncher.sleep(500);
            }
        } finally {
            ProcessTree.destroy(process.toHandle(), Duration.ofSeconds(20));
        }
        // every launch copies data/h2 (schema and master realm); the rest of data/ (tmp, logs) was this start's own
        try (Stream<Path> rest = Files.list(dist.resolve("data"))) {
            for (var path : rest.toList()) {
                if (!path.getFileName().toString().equals("h2")) {
                    deleteHome(path);
                }
            }
        }
        try (Stream<Path> h2 = Files.list(dist.resolve("data").resolve("h2"))) {
            for (var file : h2.toList()) {
                if (!file.getFileName().toString().endsWith(".mv.db")) {
                    Files.delete(file); // a trace or lock file of the stopped server
                }
            }
        }
    }

    /** Homes left behind by a JVM that was killed (its shutdown hook never ran). */
    private static void removeHomesOfDeadProcesses(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> homes = Files.list(runs)) {
            homes.sorted(Comparator.naturalOrder()).forEach(home -> {
                var parts = home.getFileName().toString().split("-");
                if (parts.length < 3) {
                    return;
                }
                try {
                    long pid = Long.parseLong(parts[parts.length - 2]);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        return;
                    }
                    deleteHome(home);
                } catch (NumberFormatException | UncheckedIOException ignored) {
                    // not ours, or in use: leave it
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
