package nl.doorlopendelijn.directory.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What every change to the directory needs: the caller, its edit rights, the audit, validation of the input. */
@Component
class GidsToegang {

  static final String VERWERKINGSACTIVITEIT = "contactpersonengids";

  private final RegionRegistry regions;
  private final AzcLocaties azcLocaties;
  private final AuditLog audit;
  private final TenantTransactions tx;
  private final Validator validator;

  GidsToegang(RegionRegistry regions, AzcLocaties azcLocaties, AuditLog audit, TenantTransactions tx,
      Validator validator) {
    this.regions = regions;
    this.azcLocaties = azcLocaties;
    this.audit = audit;
    this.tx = tx;
    this.validator = validator;
  }

  Mono<Caller> caller() {
    return Callers.current()
        .switchIfEmpty(Mono.error(() -> ApiProblem.forbidden("U heeft geen recht op deze handeling.")));
  }

  /**
   * The caller, when it may read the gids: the roles that do handover work (regio-coördinator, gemeente-medewerker,
   * COA liaison; see {@link Bewerkrechten#magLezen}). Anyone else (dashboard-viewer, platform-operator) gets 403,
   * recorded as a platform audit record with result {@code geweigerd}: the gids is national, not a region path, so
   * the 403 reveals nothing.
   */
  Mono<Caller> lezer(String actie, String objectType, List<String> ids) {
    return caller().flatMap(c -> Bewerkrechten.magLezen(c) ? Mono.just(c)
        : tx.platformSeparately(audit.record(new AuditEntry(actie, objectType, ids, AuditEntry.GEWEIGERD,
                VERWERKINGSACTIVITEIT)).thenReturn(true))
            .then(Mono.<Caller>error(ApiProblem.forbidden(
                "De contactpersonengids is voor wie aan de warme overdracht werkt."))));
  }

  /**
   * A read of personal data of professionals, recorded in its own platform transaction: who, what, which contacts
   * (ids only; never the search text, which may be a name).
   */
  <T> Mono<T> gelezen(String actie, String objectType, List<String> ids, T resultaat) {
    return tx.platform(audit.record(AuditEntry.gelukt(actie, objectType, ids, VERWERKINGSACTIVITEIT)))
        .thenReturn(resultaat);
  }

  /**
   * Passes when the caller may change the organisation (and its contacts); otherwise records the refusal as a
   * platform audit record and answers 403. Everyone may read the directory, so 403 reveals nothing new.
   */
  Mono<Void> eisRecht(Caller caller, Organisatie organisatie, String actie, String objectType, List<String> ids) {
    return bewerker(caller).flatMap(b -> {
      if (Bewerkrechten.magWijzigen(b, organisatie)) {
        return Mono.empty();
      }
      return tx.platformSeparately(audit.record(new AuditEntry(actie, objectType, ids, AuditEntry.GEWEIGERD,
              VERWERKINGSACTIVITEIT)).thenReturn(true))
          .then(Mono.<Void>error(ApiProblem.forbidden(
              "U mag de gegevens van deze organisatie en haar contactpersonen niet wijzigen.")));
    });
  }

  /**
   * Passes when {@code mag}; otherwise records the refusal as a platform audit record and answers 403 with
   * {@code melding} (for rules other than {@link Bewerkrechten#magWijzigen}, e.g. claiming an entry).
   */
  Mono<Void> eis(boolean mag, String actie, String objectType, List<String> ids, String melding) {
    if (mag) {
      return Mono.empty();
    }
    return tx.platformSeparately(audit.record(new AuditEntry(actie, objectType, ids, AuditEntry.GEWEIGERD,
            VERWERKINGSACTIVITEIT)).thenReturn(true))
        .then(Mono.<Void>error(ApiProblem.forbidden(melding)));
  }

  /** A successful change, recorded in the platform transaction that makes it. */
  Mono<Void> gelukt(String actie, String objectType, List<String> ids) {
    return audit.record(AuditEntry.gelukt(actie, objectType, ids, VERWERKINGSACTIVITEIT));
  }

  Mono<Bewerkrechten.Bewerker> bewerker(Caller c) {
    Mono<Set<String>> gemeenten = c.kind() == CallerKind.REGIO
        ? regions.bySlug(c.regionSlug())
            .map(r -> r.descriptor().gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode)
                .collect(Collectors.toUnmodifiableSet()))
            .defaultIfEmpty(Set.of())
        : Mono.just(Set.of());
    Mono<Optional<String>> coaRegio = c.azcCode() != null
        ? azcLocaties.byCode(c.azcCode()).map(a -> Optional.of(a.coaRegio())).defaultIfEmpty(Optional.empty())
        : Mono.just(Optional.empty());
    return Mono.zip(gemeenten, coaRegio).map(t -> new Bewerkrechten.Bewerker(c, t.getT1(), t.getT2().orElse(null)));
  }

  /** Bean-validation errors of a body, named by their JSON path. */
  List<InvalidParam> fouten(Object invoer) {
    List<InvalidParam> errors = new ArrayList<>();
    validator.validate(invoer).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.add(new InvalidParam(v.getPropertyPath().toString().replace(".<list element>", ""),
            code(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()), v.getMessage())));
    return errors;
  }

  /** Errors for every listed region slug that no region has. */
  Mono<List<InvalidParam>> onbekendeRegios(String veld, List<String> slugs) {
    if (slugs == null) {
      return Mono.just(List.of());
    }
    return Flux.range(0, slugs.size())
        .filter(i -> slugs.get(i) != null)
        .concatMap(i -> regions.bySlug(slugs.get(i)).hasElement()
            .filter(bestaat -> !bestaat)
            .map(x -> new InvalidParam(veld + "[" + i + "]", "unknown", "is geen bekende regio")))
        .collectList();
  }

  static Mono<Void> ongeldig(List<InvalidParam> errors) {
    return errors.isEmpty() ? Mono.empty() : Mono.error(ApiProblem.badRequest(errors));
  }

  private static String code(String annotation) {
    return switch (annotation) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Pattern" -> "pattern";
      case "Size" -> "size";
      case "Email" -> "email";
      case "PastOrPresent" -> "range";
      default -> annotation.substring(0, 1).toLowerCase() + annotation.substring(1);
    };
  }
}
