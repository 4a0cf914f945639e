package nl.doorlopendelijn.keycloak.provisioning;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a region's realm needs to know about the region: the realm name (= tenant slug), the name shown on the
 * login page and the CBS codes of its gemeenten (the only values the {@code gemeente} attribute may take).
 */
public record RegionRealmSpec(String slug, String displayName, List<String> gemeenteCodes) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    public RegionRealmSpec {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(displayName, "displayName");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be lower-case kebab-case: " + slug);
        }
        if (RealmFactory.COA_REALM.equals(slug) || RealmFactory.PLATFORM_REALM.equals(slug)
                || "master".equals(slug)) {
            throw new IllegalArgumentException("slug is reserved for another realm: " + slug);
        }
        if (gemeenteCodes == null || gemeenteCodes.isEmpty()) {
            throw new IllegalArgumentException("a region has at least one gemeente: " + slug);
        }
        gemeenteCodes.forEach(code -> {
            if (code == null || !CBS_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("not a CBS gemeentecode (GMnnnn): " + code);
            }
        });
        gemeenteCodes = List.copyOf(gemeenteCodes);
    }
}
