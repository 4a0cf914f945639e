package nl.doorlopendelijn.testsupport.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.representations.idm.RealmRepresentation;

import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a real Keycloak {@value KeycloakDistribution#VERSION} on 127.0.0.1 for the tests and the demo, without Docker:
 * the distribution comes from the local Maven repository ({@link KeycloakDistribution}), every launch gets a fresh
 * home with its own database and imports the realms given (by default: every realm, with the demo users).
 * <pre>{@code
 * try (var kc = KeycloakLauncher.start(18080)) { kc.passwordGrant("hart-van-brabant", "tilburg-medewerker", "demo"); }
 * var kc = KeycloakLauncher.shared(); // one per JVM, stopped at JVM exit
 * }</pre>
 */
public final class KeycloakLauncher implements AutoCloseable {

    /** Demo-only secret of the confidential web client in the launched realms. */
    public static final String DEMO_WEB_CLIENT_SECRET = "demo-web-client-secret";
    public static final String ADMIN_USERNAME = "admin";

    /**
     * 25-85 s on an idle 2-core machine; on one shared with other builds (load 15-20) the realm import alone took
     * over 3 minutes, and a launch given up at 300 s was started again from nothing by the next test class.
     */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(
            Long.getLong("doorlopendelijn.keycloak.startup-timeout-seconds", 600));
    private static final JsonMapper JSON = new JsonMapper();
    private static KeycloakLauncher shared;
    private static int sharedPlatformPort;
    private static ServerSocket sharedPlatformPortHolder;

    private final int port;
    private final List<String> realms;
    private final Path home;
    private final Path logFile;
    /** The built database's admin ({@link KeycloakDistribution}): a launch's copy of it already holds her. */
    private final String adminPassword = KeycloakDistribution.adminPassword();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::stop, "keycloak-launcher-stop");
    private Process process;

    private KeycloakLauncher(int port, List<RealmRepresentation> realms) {
        this.port = port;
        this.realms = realms.stream().map(RealmRepresentation::getRealm).toList();
        this.home = KeycloakDistribution.newHome("port-" + port);
        this.logFile = logDirectory().resolve("keycloak-" + port + ".log");
        writeImportFiles(realms);
        copyThemes(home);
    }

    /** Keycloak with every realm of the tenant descriptors plus {@code coa} and {@code platform}, with demo users. */
    public static KeycloakLauncher start(int port) {
        return start(port, RealmFactory.DEFAULT_PLATFORM_BASE_URL);
    }

    /** As {@link #start(int)}, for a platform on another base URL (the web client's redirect URIs). */
    public static KeycloakLauncher start(int port, String platformBaseUrl) {
        return start(port, demoRealms(new RealmFactory(platformBaseUrl, DEMO_WEB_CLIENT_SECRET)));
    }

    public static KeycloakLauncher start(int port, List<RealmRepresentation> realms) {
        var launcher = new KeycloakLauncher(port, realms);
        launcher.launch();
        return launcher;
    }

    /**
     * One Keycloak per JVM on a free port, started on first use and stopped when the JVM exits. Its web client
     * redirects to {@link #sharedPlatformPort()}: the browser tests' platform runs there, so the API tests and the
     * browser tests share this one Keycloak (each start costs 25-85 s of a 2-core machine).
     */
    public static synchronized KeycloakLauncher shared() {
        if (shared == null || !shared.isRunning()) {
            shared = start(freePort(), "http://localhost:" + sharedPlatformPort());
        }
        return shared;
    }

    /**
     * The port of the platform whose pages log in through {@link #shared()} (the web client's redirect URIs name it),
     * chosen on first use and held by a listening socket until {@link #claimSharedPlatformPort()}: no other socket of
     * the machine can take it meanwhile, even if the browser tests start minutes after the shared Keycloak.
     */
    public static synchronized int sharedPlatformPort() {
        if (sharedPlatformPort == 0) {
            try {
                sharedPlatformPortHolder = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedPlatformPort = sharedPlatformPortHolder.getLocalPort();
        }
        return sharedPlatformPort;
    }

    /** Releases {@link #sharedPlatformPort()} for the platform that is about to listen on it, and returns it. */
    public static synchronized int claimSharedPlatformPort() {
        int port = sharedPlatformPort();
        if (sharedPlatformPortHolder != null) {
            try {
                sharedPlatformPortHolder.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedPlatformPortHolder = null;
        }
        return port;
    }

    /** The realms of the tenant descriptors, {@code coa} and {@code platform}, each with its demo users. */
    public static List<RealmRepresentation> demoRealms(RealmFactory factory) {
        var realms = factory.allRealms(TenantRegions.load());
        realms.forEach(realm -> RealmFactory.withUsers(realm, DemoUsers.of(realm.getRealm()), DemoUsers.PASSWORD));
        return realms;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public List<String> realms() {
        return realms;
    }

    /** Bootstrap admin of the {@code master} realm, for the admin client. */
    public String adminUsername() {
        return ADMIN_USERNAME;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path logFile() {
        return logFile;
    }

    /** kc.sh and the processes it started (Keycloak's JVM); empty once stopped. */
    public List<ProcessHandle> processes() {
        if (process == null) {
            return List.of();
        }
        var tree = new ArrayList<ProcessHandle>();
        tree.add(process.toHandle());
        process.toHandle().descendants().forEach(tree::add);
        return tree;
    }

    public Path home() {
        return home;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The access token of a password grant through the public API client. */
    public String passwordGrant(String realm, String username, String password) {
        return passwordGrantTokens(realm, username, password).accessToken();
    }

    public Tokens passwordGrantTokens(String realm, String username, String password) {
        return tokenRequest(realm, Map.of("grant_type", "password", "client_id", RealmFactory.API_CLIENT_ID,
                "username", username, "password", password, "scope", "openid"));
    }

    public Tokens refresh(String realm, String refreshToken) {
        return refresh(realm, RealmFactory.API_CLIENT_ID, refreshToken);
    }

    /** A password grant through another public client of the realm (e.g. one with a short token lifespan). */
    public Tokens passwordGrantTokens(String realm, String clientId, String username, String password) {
        return tokenRequest(realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid"));
    }

    public Tokens refresh(String realm, String clientId, String refreshToken) {
        return tokenRequest(realm, Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", refreshToken));
    }

    /** An admin client of this Keycloak (master realm, bootstrap admin). Blocking: for test threads only. */
    public org.keycloak.admin.client.Keycloak adminClient() {
        return org.keycloak.admin.client.Keycloak.getInstance(baseUrl(), "master", ADMIN_USERNAME, adminPassword,
                "admin-cli");
    }

    /** Spring properties that let the platform provision realms in this Keycloak. */
    public Map<String, Object> adminSpringProperties() {
        return Map.of(
                "doorlopendelijn.keycloak.admin.url", baseUrl(),
                "doorlopendelijn.keycloak.admin.username", ADMIN_USERNAME,
                "doorlopendelijn.keycloak.admin.password", adminPassword,
                "doorlopendelijn.keycloak.admin.web-client-secret", DEMO_WEB_CLIENT_SECRET);
    }

    /** Stops kc.sh and the Keycloak JVM it started, and removes this launch's home. Idempotent. */
    public synchronized void stop() {
        if (process != null) {
            ProcessTree.destroy(process.toHandle(), Duration.ofSeconds(20));
            process = null;
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmIsExiting) {
                // called from the hook itself
            }
        }
        KeycloakDistribution.deleteHome(home);
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        var command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm");
        var builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("DOORLOPENDE_LIJN_WEB_CLIENT_SECRET", DEMO_WEB_CLIENT_SECRET);
        builder.environment().put("DOORLOPENDE_LIJN_BASE_URL", RealmFactory.DEFAULT_PLATFORM_BASE_URL);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            awaitDiscoveryDocuments();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void awaitDiscoveryDocuments() {
        var deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        var pending = new ArrayList<>(realms);
        while (!pending.isEmpty()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + lastLogLines());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not serve the discovery documents of " + pending
                        + " within " + STARTUP_TIMEOUT.toSeconds() + " s" + lastLogLines());
            }
            pending.removeIf(this::discoveryDocumentAnswers);
            if (!pending.isEmpty()) {
                sleep(500);
            }
        }
    }

    private boolean discoveryDocumentAnswers(String realm) {
        var request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * The tokens for an authorization code (a browser's login, e.g. through a brokered identity provider) at a
     * confidential client, with the PKCE verifier of the authorization request.
     */
    public Tokens authorizationCode(String realm, String clientId, String clientSecret, String code,
                                    String redirectUri, String codeVerifier) {
        return tokenRequest(realm, Map.of("grant_type", "authorization_code", "client_id", clientId,
                "client_secret", clientSecret, "code", code, "redirect_uri", redirectUri,
                "code_verifier", codeVerifier));
    }

    private Tokens tokenRequest(String realm, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request to realm " + realm + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Tokens(json.path("access_token").asString(), json.path("refresh_token").asString(null),
                    json.path("expires_in").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void writeImportFiles(List<RealmRepresentation> realms) {
        try {
            var importDir = Files.createDirectories(home.resolve("data/import"));
            for (var realm : realms) {
                Files.writeString(importDir.resolve(realm.getRealm() + "-realm.json"), RealmJson.pretty(realm));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The platform's themes ({@code infra/keycloak/themes/*}, e.g. the Dutch login theme every realm names) into this
     * launch's {@code themes/}, where Keycloak finds them; {@code start-dev} does not cache themes.
     */
    static void copyThemes(Path home) {
        var source = themesDir();
        try (var files = Files.walk(source)) {
            for (var file : files.toList()) {
                var target = home.resolve("themes").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the Keycloak themes from " + source, e);
        }
    }

    /** {@code infra/keycloak/themes} of the repository: beside {@code tenants/}. */
    static Path themesDir() {
        var dir = TenantRegions.tenantsDir().resolveSibling("infra").resolve("keycloak").resolve("themes");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no Keycloak themes at " + dir);
        }
        return dir;
    }

    private String lastLogLines() {
        try {
            var lines = Files.readAllLines(logFile);
            return "; last lines of " + logFile + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "; no log at " + logFile;
        }
    }

    /** {@code target/} when run from the module (Maven, IDE), else the distribution cache. */
    private static Path logDirectory() {
        var target = Path.of("target");
        var dir = Files.isDirectory(target) ? target : KeycloakDistribution.cacheRoot().resolve("logs");
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Tokens of one grant. {@code refreshToken} is null when Keycloak issued none. */
    public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {
    }
}
