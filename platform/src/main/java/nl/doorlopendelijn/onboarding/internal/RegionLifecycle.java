package nl.doorlopendelijn.onboarding.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.keycloak.RegionRealms.RealmAdminUnavailableException;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionOnboarding;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.RegionOnboarding.RegionConflictException;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantDescriptors;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The life of a region onboarded through the API: aangemeld (realm + rows, trusted at once), gedeactiveerd (no
 * logins, no API access), verwijderd (every tenant row gone except the audit records). Each step is idempotent and
 * audited in the platform's audit log; the purge also in the region's own.
 */
@Service
class RegionLifecycle {

  static final String VERWERKINGSACTIVITEIT = "regiobeheer";
  private static final Set<String> RESERVED_SLUGS = Set.of("coa", "platform", "master", "beheer");
  private static final Duration KEYCLOAK_RETRY_AFTER = Duration.ofSeconds(10);

  /** The result of an onboarding: the region, and whether this request created it. */
  public record Onboarded(Region region, boolean created) {}

  private final RegionOnboarding regions;
  private final RegionRealms realms;
  private final AzcLocaties azcLocaties;
  private final AuditLog audit;
  private final TenantTransactions tx;
  private final RegionRegistry registry;

  RegionLifecycle(RegionOnboarding regions, RegionRealms realms, AzcLocaties azcLocaties, AuditLog audit,
      TenantTransactions tx, RegionRegistry registry) {
    this.registry = registry;
    this.regions = regions;
    this.realms = realms;
    this.azcLocaties = azcLocaties;
    this.audit = audit;
    this.tx = tx;
  }

  public Mono<Onboarded> onboard(TenantDescriptor d) {
    return validate(d)
        .flatMap(errors -> errors.isEmpty() ? Mono.just(d) : Mono.error(ApiProblem.badRequest(errors)))
        .flatMap(valid -> regions.definedAsCode(d.slug())
            ? Mono.error(ApiProblem.conflict("Regio " + d.slug() + " is vastgelegd in tenants/ (regio als code) "
                + "en wordt daar beheerd, niet via de API."))
            : regions.checkRegistrable(d).thenReturn(d))
        // The realm first: a region is trusted only once its realm exists. Both steps are idempotent.
        .flatMap(valid -> realms.provision(d))
        .flatMap(realmCreated -> regions.register(d))
        .flatMap(created -> platformAudit("regio.onboarden", d.slug()).thenReturn(created))
        .flatMap(created -> regions.find(d.slug()).map(region -> new Onboarded(region, created)))
        .onErrorMap(this::toProblem);
  }

  /** Every region that is not removed, active or deactivated (the operator's overview). */
  public Flux<Region> all() {
    return registry.all();
  }

  /**
   * The first regio-coördinator of an active region onboarded through the API: an account in its realm with a temporary password that she
   * must change at her first login. Every field error at once; audited without the person's data.
   */
  public Mono<RegionRealms.Uitnodiging> inviteCoordinator(String slug, EersteCoordinator c) {
    List<InvalidParam> errors = new ArrayList<>();
    if (c == null || c.voornaam() == null || c.voornaam().isBlank()) {
      errors.add(new InvalidParam("voornaam", "required", "is verplicht"));
    }
    if (c == null || c.achternaam() == null || c.achternaam().isBlank()) {
      errors.add(new InvalidParam("achternaam", "required", "is verplicht"));
    }
    if (c == null || c.email() == null || !c.email().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      errors.add(new InvalidParam("email", "format", "moet een e-mailadres zijn, zoals naam@gemeente.nl"));
    }
    if (!errors.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(errors));
    }
    // a region as code has its users in its realm file and Keycloak's console, not here
    return managedByApi(slug)
        .flatMap(region -> region.active() ? Mono.just(region)
            : Mono.error(ApiProblem.conflict("Regio " + slug + " is " + region.status()
                + "; alleen in een actieve regio kan een coördinator worden uitgenodigd.")))
        .flatMap(region -> realms.inviteCoordinator(slug, c.voornaam().strip(), c.achternaam().strip(),
            c.email().strip()))
        .flatMap(uitnodiging -> platformAudit("regio.coordinator-uitnodigen", slug).thenReturn(uitnodiging))
        .onErrorMap(this::toProblem);
  }

  /** Who becomes the region's first coördinator: name and work e-mail address (her username). */
  public record EersteCoordinator(String voornaam, String achternaam, String email) {}

  public Mono<Region> get(String slug) {
    return regions.find(slug).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  public Mono<Region> deactivate(String slug) {
    return managedByApi(slug)
        .flatMap(region -> regions.deactivate(slug))
        .flatMap(region -> realms.disable(slug).thenReturn(region))
        .flatMap(region -> platformAudit("regio.deactiveren", slug).thenReturn(region))
        .onErrorMap(this::toProblem);
  }

  /** Every row of a deactivated region as NDJSON lines; audited before the first row leaves. */
  public Flux<String> export(String slug) {
    return managedByApi(slug)
        .flatMap(region -> requireStatus(region, "gedeactiveerd", "geëxporteerd"))
        .flatMap(region -> platformAudit("regio.exporteren", slug).thenReturn(region))
        .onErrorMap(this::toProblem)
        .flatMapMany(region -> regions.exportRows(region.id()))
        .map(line -> line + "\n");
  }

  public Mono<Map<String, Long>> purge(String slug) {
    return managedByApi(slug)
        .flatMap(region -> requireStatus(region, "gedeactiveerd", "verwijderd"))
        .flatMap(region -> regions.purge(region.id(), audit.record(entry("regio.verwijderen", region.slug()))))
        .flatMap(deleted -> platformAudit("regio.verwijderen", slug).thenReturn(deleted))
        .onErrorMap(this::toProblem);
  }

  private Mono<Region> managedByApi(String slug) {
    return regions.find(slug)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(region -> "api".equals(region.source()) ? Mono.just(region)
            : Mono.error(ApiProblem.conflict("Regio " + slug + " is vastgelegd in tenants/ (regio als code) "
                + "en wordt daar beheerd, niet via de API.")));
  }

  private static Mono<Region> requireStatus(Region region, String status, String what) {
    return status.equals(region.status()) ? Mono.just(region)
        : Mono.error(ApiProblem.conflict("Regio " + region.slug() + " is " + region.status() + "; alleen een "
            + status + " regio kan worden " + what + "."));
  }

  /** Every error of the descriptor at once: its own rules, the azc codes in the national list, reserved names. */
  Mono<List<InvalidParam>> validate(TenantDescriptor d) {
    // Hibernate Validator reads its message bundles from the class path on first use: off the event loop
    return Mono.fromCallable(() -> TenantDescriptors.validate(d)).subscribeOn(Schedulers.boundedElastic())
        .flatMap(own -> validate(d, new ArrayList<>(own)));
  }

  private Mono<List<InvalidParam>> validate(TenantDescriptor d, List<InvalidParam> errors) {
    if (d.slug() != null && RESERVED_SLUGS.contains(d.slug())) {
      errors.add(new InvalidParam("slug", "reserved", "is gereserveerd voor een andere realm"));
    }
    if (d.slug() != null && d.issuer() != null && !d.issuer().equals("{keycloak}/realms/" + d.slug())) {
      errors.add(new InvalidParam("issuer", "mismatch",
          "moet {keycloak}/realms/" + d.slug() + " zijn: het platform maakt de realm zelf aan"));
    }
    List<String> codes = d.azcLocaties() == null ? List.of() : d.azcLocaties();
    return Flux.range(0, codes.size())
        .filter(i -> codes.get(i) != null && codes.get(i).matches("^AZC-[A-Z0-9-]+$"))
        .concatMap(i -> azcLocaties.byCode(codes.get(i)).hasElement()
            .filter(known -> !known)
            .map(unknown -> new InvalidParam("azcLocaties[" + i + "]", "unknown",
                "is geen bekende azc-locatie: " + codes.get(i))))
        .collectList()
        .map(unknown -> {
          errors.addAll(unknown);
          errors.sort(java.util.Comparator.comparing(InvalidParam::name));
          return errors;
        });
  }

  private Mono<Void> platformAudit(String actie, String slug) {
    return tx.platform(audit.record(entry(actie, slug)));
  }

  private static AuditEntry entry(String actie, String slug) {
    return AuditEntry.gelukt(actie, "regio", List.of(slug), VERWERKINGSACTIVITEIT);
  }

  private Throwable toProblem(Throwable e) {
    if (e instanceof RegionConflictException conflict) {
      return ApiProblem.conflict(conflict.getMessage());
    }
    if (e instanceof RegionRealms.UserExistsException exists) {
      return ApiProblem.conflict(exists.getMessage());
    }
    if (e instanceof RealmAdminUnavailableException) {
      return ApiProblem.unavailable("Het aanmaken of wijzigen van de inlogomgeving (Keycloak) lukt nu niet. "
          + "Probeer het zo opnieuw; herhalen is veilig.", KEYCLOAK_RETRY_AFTER);
    }
    return e;
  }
}
