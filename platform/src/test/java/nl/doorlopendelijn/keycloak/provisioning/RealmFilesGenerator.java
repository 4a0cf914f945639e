package nl.doorlopendelijn.keycloak.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorlopendelijn.testsupport.keycloak.TenantRegions;

/**
 * Writes the production realm files ({@code infra/keycloak/realms/<realm>-realm.json}, no users) from the tenant
 * descriptors. Run it through the consistency test:
 * {@value #COMMAND}
 */
public final class RealmFilesGenerator {

    public static final String REALMS_DIR_PROPERTY = "doorlopendelijn.keycloak-realms-dir";
    public static final String REGENERATE_PROPERTY = "doorlopendelijn.regenerate-realms";
    public static final String COMMAND = "./mvnw -q -B -pl platform test -Dtest=RealmFilesConsistencyTest -D"
            + REGENERATE_PROPERTY + "=true";

    private RealmFilesGenerator() {
    }

    /** File name to content, for every realm the current tenant descriptors define. */
    public static Map<String, String> expectedFiles() {
        var files = new LinkedHashMap<String, String>();
        RealmFactory.forRealmFiles().allRealms(TenantRegions.load())
                .forEach(realm -> files.put(realm.getRealm() + "-realm.json", RealmJson.pretty(realm)));
        return files;
    }

    /** Replaces the realm files in the directory by the expected ones (stale realm files are removed). */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        var expected = expectedFiles();
        try (var existing = Files.list(dir)) {
            for (var file : existing.filter(f -> f.getFileName().toString().endsWith("-realm.json")).toList()) {
                if (!expected.containsKey(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
        for (var entry : expected.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey()), entry.getValue());
        }
    }

    public static Path realmsDir() {
        var configured = System.getProperty(REALMS_DIR_PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return TenantRegions.tenantsDir().resolveSibling("infra").resolve("keycloak").resolve("realms");
    }

    public static void main(String[] args) throws IOException {
        var dir = args.length > 0 ? Path.of(args[0]) : realmsDir();
        write(dir);
        System.out.println("Realm files written to " + dir);
    }
}
