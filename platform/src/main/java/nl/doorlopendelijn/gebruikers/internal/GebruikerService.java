package nl.doorlopendelijn.gebruikers.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.gebruikers.regels.Toekenningsregels;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.keycloak.RegionUsers;
import nl.doorlopendelijn.keycloak.RegionUsers.RegionUser;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Paginering;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The coördinator's management of her region's users. The realm is always her own: the region of her token
 * ({@link Caller#regionSlug()}), never one named in a request. Every action is audited in the region's own audit
 * log with the user's Keycloak id only (never her name or address); a refusal too ({@code geweigerd}).
 */
@Service
class GebruikerService {

  static final String VERWERKINGSACTIVITEIT = "gebruikersbeheer";
  static final String OBJECT = "gebruiker";
  private static final Duration KEYCLOAK_RETRY_AFTER = Duration.ofSeconds(10);

  /** What the API shows of a user: names for codes, the gemeente by name, and the state its ETag stands for. */
  record Gebruiker(String id, String voornaam, String achternaam, String email, List<String> rollen,
      List<String> rolNamen, GemeenteVerwijzing gemeente, String status, String statusNaam) {
    @Override
    public String toString() {
      return "Gebruiker[" + id + ", " + rollen + ", " + status + "]"; // never her name or address
    }
  }

  record GemeenteVerwijzing(String cbsCode, String naam) {}

  record Pagina(List<Gebruiker> gebruikers, Paginering paginering) {}

  /** A user with her ETag. */
  record Versie(Gebruiker gebruiker, String etag) {}

  /** Dutch names of the roles a region realm holds. */
  static final Map<Role, String> ROLNAMEN = namen();

  private static Map<Role, String> namen() {
    Map<Role, String> n = new LinkedHashMap<>();
    n.put(Role.REGIO_COORDINATOR, "Regio-coördinator");
    n.put(Role.GEMEENTE_MEDEWERKER, "Medewerker van een gemeente");
    n.put(Role.TEKENBEVOEGD, "Tekenbevoegd voor de gemeente");
    n.put(Role.DASHBOARD_VIEWER, "Alleen het dashboard (bestuurder, beleidsmedewerker)");
    n.put(Role.COA_LIAISON, "Casemanager of regievoerder van het COA");
    n.put(Role.PLATFORM_OPERATOR, "Platformbeheerder");
    return java.util.Collections.unmodifiableMap(n);
  }

  static final Map<String, String> STATUSNAMEN = Map.of(
      "uitgenodigd", "Uitgenodigd (nog geen wachtwoord gekozen)",
      "actief", "Actief",
      "gedeactiveerd", "Gedeactiveerd");

  private final RegionUsers users;
  private final RegionRegistry regions;
  private final AuditLog audit;
  private final TenantTransactions tx;

  GebruikerService(RegionUsers users, RegionRegistry regions, AuditLog audit, TenantTransactions tx) {
    this.users = users;
    this.regions = regions;
    this.audit = audit;
    this.tx = tx;
  }

  /** The coördinator's own region, from her token; anyone else (the filter chain lets no one else in) 403. */
  Mono<Region> eigenRegio() {
    return Callers.current()
        .filter(c -> c.has(Role.REGIO_COORDINATOR) && c.regionSlug() != null)
        .switchIfEmpty(Mono.error(() -> ApiProblem.forbidden("Alleen de regio-coördinator beheert de gebruikers.")))
        .flatMap(c -> regions.bySlug(c.regionSlug()).filter(Region::active))
        .switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  Mono<Pagina> lijst(Region region, Paginering.Vraag vraag) {
    return users.list(region, vraag.offset(), vraag.paginaGrootte())
        .onErrorMap(this::alsProbleem)
        .flatMap(page -> {
          List<Gebruiker> lijst = page.users().stream().map(u -> weergave(region, u)).toList();
          return regioAudit(region, "gebruikers.lezen", lijst.stream().map(Gebruiker::id).toList(),
              AuditEntry.GELUKT).thenReturn(new Pagina(lijst, Paginering.van(vraag, page.total())));
        });
  }

  Mono<Versie> lees(Region region, String id) {
    return bestaand(region, id)
        .flatMap(u -> regioAudit(region, "gebruiker.lezen", List.of(u.id()), AuditEntry.GELUKT)
            .thenReturn(versie(region, u)));
  }

  /**
   * The checks of an invitation on their own, before its Idempotency-Key is claimed: a refusal's audit record must
   * not roll back with the key's transaction.
   */
  Mono<Void> controleer(Region region, GebruikerUitnodiging invoer) {
    return nodigUit(region, invoer, false).then();
  }

  /** Invite: every field error at once (400), a role she may not grant 403, nothing created in either case. */
  Mono<Versie> nodigUit(Region region, GebruikerUitnodiging invoer) {
    return nodigUit(region, invoer, true);
  }

  private Mono<Versie> nodigUit(Region region, GebruikerUitnodiging invoer, boolean uitvoeren) {
    List<InvalidParam> fouten = new ArrayList<>();
    String voornaam = tekst(fouten, "voornaam", invoer == null ? null : invoer.voornaam(), 100);
    String achternaam = tekst(fouten, "achternaam", invoer == null ? null : invoer.achternaam(), 100);
    String email = invoer == null || invoer.email() == null ? null : invoer.email().strip();
    if (email == null || email.length() > 254 || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      fouten.add(new InvalidParam("email", "format", "moet een e-mailadres zijn, zoals naam@gemeente.nl"));
    }
    Set<Role> rollen = rollen(fouten, invoer == null ? null : invoer.rollen());
    String gemeente = gemeente(fouten, invoer == null ? null : invoer.gemeente());
    Mono<Void> regels = toekennen(region, rollen, gemeente, fouten, "gebruiker.uitnodigen", List.of());
    if (!uitvoeren) {
      return regels.then(Mono.empty());
    }
    return regels
        .then(Mono.defer(() -> users.invite(region, new RegionUsers.NewUser(voornaam, achternaam, email, rollen,
            gemeente))))
        .onErrorMap(this::alsProbleem)
        .flatMap(u -> regioAudit(region, "gebruiker.uitnodigen", List.of(u.id()), AuditEntry.GELUKT).thenReturn(versie(region, u)));
  }

  /** Roles and gemeente, against the version she saw (If-Match required). Not her own account. */
  Mono<Versie> wijzig(Region region, String id, String ifMatch, GebruikerWijziging invoer) {
    int verwacht = ETags.required(ifMatch);
    List<InvalidParam> fouten = new ArrayList<>();
    Set<Role> rollen = rollen(fouten, invoer == null ? null : invoer.rollen());
    String gemeente = gemeente(fouten, invoer == null ? null : invoer.gemeente());
    return nietZelf(region, id, "gebruiker.wijzigen")
        .then(toekennen(region, rollen, gemeente, fouten, "gebruiker.wijzigen", List.of(id)))
        .then(bestaand(region, id))
        .flatMap(u -> versieNummer(u) == verwacht ? Mono.just(u) : Mono.error(ApiProblem.preconditionFailed()))
        .flatMap(u -> users.change(region, id, rollen, gemeente).onErrorMap(this::alsProbleem))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(u -> regioAudit(region, "gebruiker.wijzigen", List.of(u.id()), AuditEntry.GELUKT)
            .thenReturn(versie(region, u)));
  }

  /** Deactivate (her own account: 403, checked by {@link #nietZelf} before the Idempotency-Key is claimed). */
  Mono<Versie> deactiveer(Region region, String id) {
    return Mono.defer(() -> users.deactivate(region, id))
        .onErrorMap(this::alsProbleem)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(u -> regioAudit(region, "gebruiker.deactiveren", List.of(u.id()), AuditEntry.GELUKT).thenReturn(versie(region, u)));
  }

  Mono<Versie> heractiveer(Region region, String id) {
    return Mono.defer(() -> users.reactivate(region, id))
        .onErrorMap(this::alsProbleem)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(u -> regioAudit(region, "gebruiker.heractiveren", List.of(u.id()), AuditEntry.GELUKT).thenReturn(versie(region, u)));
  }

  // ------------------------------------------------------------------------------------------------ the rules

  /** The granting rule: 403 (audited as refused) for a role she may not grant, else 400 with every error. */
  private Mono<Void> toekennen(Region region, Set<Role> rollen, String gemeente, List<InvalidParam> fouten,
      String actie, List<String> ids) {
    Toekenningsregels.Beoordeling b = Toekenningsregels.beoordeel(nl.doorlopendelijn.identity.CallerKind.REGIO,
        rollen, gemeente, gemeenteCodes(region));
    if (!b.geweigerd().isEmpty()) {
      return regioAudit(region, actie, ids, AuditEntry.GEWEIGERD).then(Mono.error(ApiProblem.forbidden(
          "Deze rol kan in een regio niet worden toegekend: " + b.geweigerd().stream().map(Role::roleName)
              .sorted().collect(Collectors.joining(", ")) + ".")));
    }
    List<InvalidParam> alle = new ArrayList<>(fouten);
    b.fouten().forEach(f -> alle.add(new InvalidParam(f.veld(), f.code(), f.bericht())));
    if (!alle.isEmpty()) {
      alle.sort(java.util.Comparator.comparing(InvalidParam::name));
      return Mono.error(ApiProblem.badRequest(alle));
    }
    return Mono.empty();
  }

  /** She does not change or deactivate her own account: she could lock the region out of its own management. */
  Mono<Void> nietZelf(Region region, String id, String actie) {
    return Callers.current().filter(c -> c.subject().equals(id))
        .flatMap(c -> regioAudit(region, actie, List.of(id), AuditEntry.GEWEIGERD)
            .then(Mono.<Void>error(ApiProblem.forbidden(
                "Uw eigen account wijzigt of deactiveert u hier niet; vraag een andere regio-coördinator."))))
        .then();
  }

  private static Set<Role> rollen(List<InvalidParam> fouten, List<String> codes) {
    Set<Role> rollen = EnumSet.noneOf(Role.class);
    if (codes == null) {
      return rollen;
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      var rol = code == null ? java.util.Optional.<Role>empty() : Role.fromRoleName(code);
      if (rol.isEmpty()) {
        fouten.add(new InvalidParam("rollen[" + i + "]", "enum", "moet een van " + nl.doorlopendelijn.kernel.Codes
            .opsomming(java.util.Arrays.stream(Role.values()).map(Role::roleName).toList()) + " zijn"));
      } else {
        rollen.add(rol.get());
      }
    }
    return rollen;
  }

  private static String gemeente(List<InvalidParam> fouten, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!code.matches("^GM[0-9]{4}$")) {
      fouten.add(new InvalidParam("gemeente", "pattern", "moet een CBS-code zijn zoals GM0855"));
      return null;
    }
    return code;
  }

  private static String tekst(List<InvalidParam> fouten, String veld, String waarde, int max) {
    String t = waarde == null ? null : waarde.strip().replaceAll("\\p{Cntrl}", " ");
    if (t == null || t.isEmpty()) {
      fouten.add(new InvalidParam(veld, "required", "is verplicht"));
    } else if (t.length() > max) {
      fouten.add(new InvalidParam(veld, "size", "mag hoogstens " + max + " tekens zijn"));
    }
    return t;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Mono<RegionUser> bestaand(Region region, String id) {
    return users.get(region, id).onErrorMap(this::alsProbleem).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  private static Set<String> gemeenteCodes(Region region) {
    return region.descriptor().gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The ETag of a user: the state a change may be made against (roles, gemeente, status). */
  static int versieNummer(RegionUser u) {
    return (u.rollen().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")) + "|" + u.gemeente()
        + "|" + u.actief()).hashCode();
  }

  private static Versie versie(Region region, RegionUser u) {
    return new Versie(weergave(region, u), ETags.of(versieNummer(u)));
  }

  static Gebruiker weergave(Region region, RegionUser u) {
    List<Role> rollen = ROLNAMEN.keySet().stream().filter(u.rollen()::contains).toList();
    GemeenteVerwijzing gemeente = u.gemeente() == null ? null : new GemeenteVerwijzing(u.gemeente(),
        region.descriptor().gemeenten().stream().filter(g -> g.cbsCode().equals(u.gemeente()))
            .map(TenantDescriptor.Gemeente::naam).findFirst().orElse(u.gemeente()));
    String status = !u.actief() ? "gedeactiveerd" : u.uitgenodigd() ? "uitgenodigd" : "actief";
    return new Gebruiker(u.id(), u.voornaam(), u.achternaam(), u.email(), rollen.stream().map(Role::roleName).toList(),
        rollen.stream().map(ROLNAMEN::get).toList(), gemeente, status, STATUSNAMEN.get(status));
  }

  private Mono<Void> regioAudit(Region region, String actie, List<String> ids, String resultaat) {
    return tx.write(region.id(), audit.record(new AuditEntry(actie, OBJECT, ids, resultaat, VERWERKINGSACTIVITEIT)));
  }

  private Throwable alsProbleem(Throwable e) {
    if (e instanceof RegionRealms.UserExistsException exists) {
      return ApiProblem.conflict(exists.getMessage());
    }
    if (e instanceof RegionUsers.MailNotConfiguredException) {
      return ApiProblem.notConfigured("E-mail niet ingesteld",
          "E-mail niet ingesteld: het platform kan geen uitnodiging versturen. Vraag de platformbeheerder een "
              + "SMTP-server in te stellen (doorlopendelijn.keycloak.smtp.host). Er is niets aangemaakt.");
    }
    if (e instanceof RegionRealms.RealmAdminUnavailableException) {
      return ApiProblem.unavailable("Het gebruikersbeheer (Keycloak) is nu niet bereikbaar. Probeer het zo opnieuw.",
          KEYCLOAK_RETRY_AFTER);
    }
    return e;
  }

  /** The body of an invitation. */
  record GebruikerUitnodiging(String voornaam, String achternaam, String email, List<String> rollen, String gemeente) {
    @Override
    public String toString() {
      return "GebruikerUitnodiging[" + rollen + ", " + gemeente + "]";
    }
  }

  /** The body of a change: her roles (all of them) and gemeente (none: null). */
  record GebruikerWijziging(List<String> rollen, String gemeente) {}
}
