package nl.doorlopendelijn.keycloak.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Realm JSON as Keycloak imports it. Keycloak's representations carry Jackson 2 annotations, so this uses Jackson 2
 * (com.fasterxml), not the application's Jackson 3. Map keys are sorted so that a generated file is stable.
 */
public final class RealmJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private RealmJson() {
    }

    /** Pretty-printed, with a trailing newline: the format of the committed realm files. */
    public static String pretty(RealmRepresentation realm) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(realm) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RealmRepresentation read(String json) {
        try {
            return MAPPER.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
