package nl.doorlopendelijn.keycloak.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The committed realm files must be what {@link RealmFactory} makes of the current tenant descriptors: a region,
 * gemeente, role or client that differs fails the build until the files are regenerated.
 */
class RealmFilesConsistencyTest {

    @Test
    void gecommitteRealmbestandenKomenOvereenMetDeTenantbeschrijvingen() throws IOException {
        var dir = RealmFilesGenerator.realmsDir();
        if (Boolean.getBoolean(RealmFilesGenerator.REGENERATE_PROPERTY)) {
            RealmFilesGenerator.write(dir);
        }
        var expected = RealmFilesGenerator.expectedFiles();
        var problems = new ArrayList<String>();
        var present = new TreeSet<String>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-realm.json")).forEach(present::add);
            }
        }
        for (var name : present) {
            if (!expected.containsKey(name)) {
                problems.add(name + " is committed but no tenant descriptor defines its realm");
            }
        }
        for (var entry : expected.entrySet()) {
            var file = dir.resolve(entry.getKey());
            if (!Files.exists(file)) {
                problems.add(entry.getKey() + " is missing");
            } else if (!Files.readString(file).replace("\r\n", "\n").equals(entry.getValue())) {
                problems.add(entry.getKey() + " differs from what RealmFactory generates");
            }
        }
        if (!problems.isEmpty()) {
            fail("Realm files in %s are out of date with tenants/ or RealmFactory:%n  %s%n"
                    + "Regenerate them with%n  %s%nand commit the result.",
                    dir, String.join("\n  ", problems), RealmFilesGenerator.COMMAND);
        }
        assertThat(present).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
}
