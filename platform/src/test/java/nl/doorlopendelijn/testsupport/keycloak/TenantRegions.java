package nl.doorlopendelijn.testsupport.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.doorlopendelijn.keycloak.provisioning.RegionRealmSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads just enough of {@code tenants/*}{@code /tenant.yaml} to build the region realms (slug, naam, CBS codes).
 * The platform's own descriptor parser lives elsewhere; this keeps the realm generator independent of it.
 */
public final class TenantRegions {

    public static final String TENANTS_DIR_PROPERTY = "doorlopendelijn.tenants-dir";

    private static final YAMLMapper YAML = new YAMLMapper();

    private TenantRegions() {
    }

    /** The regions in {@link #tenantsDir()}, sorted by slug. */
    public static List<RegionRealmSpec> load() {
        return load(tenantsDir());
    }

    public static List<RegionRealmSpec> load(Path tenantsDir) {
        try (Stream<Path> dirs = Files.list(tenantsDir)) {
            var regions = new ArrayList<RegionRealmSpec>();
            dirs.map(dir -> dir.resolve("tenant.yaml")).filter(Files::isRegularFile)
                    .forEach(file -> regions.add(read(file)));
            regions.sort(Comparator.comparing(RegionRealmSpec::slug));
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tenantsDir, e);
        }
    }

    static RegionRealmSpec read(Path file) {
        JsonNode tenant = YAML.readTree(file.toFile());
        var codes = new ArrayList<String>();
        tenant.path("gemeenten").forEach(gemeente -> codes.add(gemeente.path("cbsCode").asString()));
        return new RegionRealmSpec(tenant.path("slug").asString(), tenant.path("naam").asString(), codes);
    }

    /** From the system property (set by Maven), else {@code tenants/} in the working directory or its parent. */
    public static Path tenantsDir() {
        var configured = System.getProperty(TENANTS_DIR_PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (var candidate : List.of(Path.of("tenants"), Path.of("..", "tenants"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no tenants/ directory found; set -D" + TENANTS_DIR_PROPERTY);
    }
}
