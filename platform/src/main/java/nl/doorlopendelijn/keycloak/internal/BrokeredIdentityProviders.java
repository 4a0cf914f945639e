package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.doorlopendelijn.keycloak.provisioning.IdentityProviderSpec;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the brokered identity providers of an existing region realm in line with its descriptor, through the
 * (blocking) admin client: every provider the descriptor names exists with the descriptor's issuer, client and
 * secret, and has exactly the mappers {@link RealmFactory} gives it (a mapper added by hand, e.g. one that imports
 * a {@code gemeente} claim, is removed); both clients carry the {@value RealmFactory#IDENTITY_PROVIDER_CLAIM}
 * mapper. A provider in the realm that the descriptor does not name is left alone but logged: the platform gives its
 * users no roles. Endpoints come from the provider's discovery document, which Keycloak itself fetches
 * ({@code import-config}); a provider whose document cannot be fetched is skipped this time (logged), the rest
 * goes on. Blocking: call it on {@code boundedElastic} only.
 */
final class BrokeredIdentityProviders {

  private static final Logger log = LoggerFactory.getLogger(BrokeredIdentityProviders.class);

  private final RealmFactory factory;
  private final Function<String, String> secrets;

  /** @param secrets the value of an environment variable or property by name ({@code null} when unset) */
  BrokeredIdentityProviders(RealmFactory factory, Function<String, String> secrets) {
    this.factory = factory;
    this.secrets = secrets;
  }

  /** The descriptor's providers as the factory takes them, each with its secret looked up. */
  List<IdentityProviderSpec> specs(TenantDescriptor region) {
    return region.aanbieders().stream()
        .map(a -> new IdentityProviderSpec(a.alias(), a.naam(), a.gemeente(), a.issuer(), a.clientId(),
            secrets.apply(a.clientSecretVariabele())))
        .toList();
  }

  void align(RealmResource realm, TenantDescriptor region) {
    alignClientMappers(realm, region.slug());
    for (IdentityProviderSpec spec : specs(region)) {
      if (spec.clientSecret() == null) {
        log.error("identiteitsaanbieder {} van regio {}: omgevingsvariabele {} ontbreekt; de aanbieder staat uit",
            spec.alias(), region.slug(), variabele(region, spec.alias()));
      }
      alignProvider(realm, region.slug(), spec);
    }
    Set<String> named = region.aanbieders().stream().map(TenantDescriptor.Identiteitsaanbieder::alias)
        .collect(Collectors.toSet());
    realm.identityProviders().findAll().stream()
        .filter(idp -> !named.contains(idp.getAlias()))
        .forEach(idp -> log.warn("realm {} heeft identiteitsaanbieder {} die niet in de regiobeschrijving staat: "
            + "wie daarlangs inlogt krijgt in het platform geen rollen", region.slug(), idp.getAlias()));
  }

  private void alignClientMappers(RealmResource realm, String slug) {
    ProtocolMapperRepresentation expected = RealmFactory.identityProviderMapper();
    for (String clientId : List.of(RealmFactory.WEB_CLIENT_ID, RealmFactory.API_CLIENT_ID)) {
      for (var client : realm.clients().findByClientId(clientId)) {
        var mappers = realm.clients().get(client.getId()).getProtocolMappers();
        boolean present = mappers.getMappers().stream()
            .anyMatch(m -> expected.getName().equals(m.getName())
                && expected.getProtocolMapper().equals(m.getProtocolMapper()));
        if (!present) {
          try (var response = mappers.createMapper(expected)) {
            check(response.getStatus(), "mapper " + expected.getName() + " op client " + clientId);
          }
          log.info("realm {}: client {} geeft nu {} mee in het token", slug, clientId,
              RealmFactory.IDENTITY_PROVIDER_CLAIM);
        }
      }
    }
  }

  private void alignProvider(RealmResource realm, String slug, IdentityProviderSpec spec) {
    Map<String, String> endpoints;
    try {
      endpoints = realm.identityProviders().importFrom(Map.of("providerId", "oidc", "fromUrl", spec.discoveryUrl()));
    } catch (WebApplicationException e) {
      log.error("identiteitsaanbieder {} van regio {}: discovery-document {} niet op te halen ({}); de aanbieder is"
          + " deze keer niet bijgewerkt", spec.alias(), slug, spec.discoveryUrl(), e.getMessage());
      endpoints = null;
    }
    IdentityProviderResource resource = realm.identityProviders().get(spec.alias());
    boolean exists = exists(resource);
    if (endpoints != null) {
      var representation = factory.identityProvider(spec, endpoints);
      if (exists) {
        representation.setInternalId(resource.toRepresentation().getInternalId());
        resource.update(representation);
      } else {
        try (var response = realm.identityProviders().create(representation)) {
          check(response.getStatus(), "identiteitsaanbieder " + spec.alias());
        }
        log.info("realm {}: identiteitsaanbieder {} (gemeente {}) aangemaakt", slug, spec.alias(),
            spec.gemeenteCode());
      }
      exists = true;
    }
    if (exists) {
      alignProviderMappers(resource, slug, spec);
    }
  }

  /** Exactly the factory's mappers: others (a forged import of gemeente or roles, say) are removed. */
  private static void alignProviderMappers(IdentityProviderResource resource, String slug, IdentityProviderSpec spec) {
    List<IdentityProviderMapperRepresentation> expected = new ArrayList<>(RealmFactory.identityProviderMappers(spec));
    for (IdentityProviderMapperRepresentation present : resource.getMappers()) {
      var match = expected.stream().filter(e -> same(e, present)).findFirst();
      if (match.isPresent()) {
        expected.remove(match.get());
      } else {
        resource.delete(present.getId());
        log.warn("realm {}: mapper '{}' ({}) van identiteitsaanbieder {} verwijderd: alleen de gemeente en de rol "
            + "van de regiobeschrijving gelden", slug, present.getName(), present.getIdentityProviderMapper(),
            spec.alias());
      }
    }
    for (IdentityProviderMapperRepresentation missing : expected) {
      try (var response = resource.addMapper(missing)) {
        check(response.getStatus(), "mapper " + missing.getName());
      }
    }
  }

  private static boolean same(IdentityProviderMapperRepresentation a, IdentityProviderMapperRepresentation b) {
    return Objects.equals(a.getName(), b.getName())
        && Objects.equals(a.getIdentityProviderMapper(), b.getIdentityProviderMapper())
        && Objects.equals(new HashMap<>(a.getConfig()), b.getConfig() == null ? null : new HashMap<>(b.getConfig()));
  }

  private static boolean exists(IdentityProviderResource resource) {
    try {
      resource.toRepresentation();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static String variabele(TenantDescriptor region, String alias) {
    return region.aanbieders().stream().filter(a -> a.alias().equals(alias)).findFirst()
        .map(TenantDescriptor.Identiteitsaanbieder::clientSecretVariabele).orElse("?");
  }

  private static void check(int status, String what) {
    if (status != 201 && status != 204) {
      throw new WebApplicationException(what + " niet aangemaakt: " + status, status);
    }
  }
}
