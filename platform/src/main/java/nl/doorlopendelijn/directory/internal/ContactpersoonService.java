package nl.doorlopendelijn.directory.internal;

import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.web.ETags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.directory.ContactpersoonVertrokken;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Changes to contactpersonen: edit rights, optimistic locking, audit and the departure event. Each change runs in
 * one platform transaction ({@link TenantTransactions#platform}): the directory is national, so its audit records
 * belong to the platform, whichever region's user made the change (the actor and issuer say who).
 */
@Service
class ContactpersoonService {

  private static final String TYPE = "contactpersoon";

  private final ContactpersoonRepository contactpersonen;
  private final OrganisatieRepository organisaties;
  private final GidsToegang toegang;
  private final TenantTransactions tx;
  private final Outbox outbox;
  private final Clock klok;

  ContactpersoonService(ContactpersoonRepository contactpersonen, OrganisatieRepository organisaties,
      GidsToegang toegang, TenantTransactions tx, Outbox outbox, Clock klok) {
    this.klok = klok;
    this.contactpersonen = contactpersonen;
    this.organisaties = organisaties;
    this.toegang = toegang;
    this.tx = tx;
    this.outbox = outbox;
  }

  /** One contact (JSON or vCard): for the roles that do handover work, audited as {@code contactpersoon.lezen}. */
  public Mono<Contactpersoon> get(UUID id) {
    return toegang.lezer("contactpersoon.lezen", TYPE, List.of(id.toString()))
        .then(contactpersonen.findById(id)).switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> toegang.gelezen("contactpersoon.lezen", TYPE, List.of(c.id().toString()), c));
  }

  /**
   * A search or list: for the roles that do handover work, audited as {@code contactpersoon.zoeken} with the ids
   * shown (that a search happened, never its text).
   */
  public Mono<Pagina<Contactpersoon>> search(ContactZoekvraag vraag) {
    return toegang.lezer("contactpersoon.zoeken", TYPE, List.of()).then(contactpersonen.search(vraag))
        .flatMap(p -> toegang.gelezen("contactpersoon.zoeken", TYPE,
            p.items().stream().map(c -> c.id().toString()).toList(), p));
  }

  public Mono<Contactpersoon> create(ContactpersoonInvoer invoer) {
    return toegang.caller().flatMap(caller -> valideer(invoer).flatMap(org -> {
      ContactpersoonGegevens g = invoer.gegevens();
      UUID id = Ids.nieuw();
      return toegang.eisRecht(caller, org, "contactpersoon.aanmaken", TYPE, List.of(org.id().toString()))
          .then(tx.platform(contactpersonen.insert(id, g)
              .then(toegang.gelukt("contactpersoon.aanmaken", TYPE, List.of(id.toString(), org.id().toString())))
              .then(contactpersonen.findById(id))));
    }));
  }

  /** Replaces the contact's data; {@code ifMatch} must name its current version. */
  public Mono<Contactpersoon> update(UUID id, String ifMatch, ContactpersoonInvoer invoer) {
    return Mono.fromCallable(() -> ETags.required(ifMatch)).flatMap(versie -> toegang.caller().flatMap(caller ->
        huidig(id, versie).flatMap(huidig -> organisatie(huidig.organisatieId())
            .flatMap(oud -> toegang.eisRecht(caller, oud, "contactpersoon.wijzigen", TYPE, ids(huidig)))
            .then(valideer(invoer))
            .flatMap(nieuw -> nieuw.id().equals(huidig.organisatieId()) ? Mono.empty()
                : toegang.eisRecht(caller, nieuw, "contactpersoon.wijzigen", TYPE, ids(huidig)))
            .then(Mono.defer(() -> tx.platform(contactpersonen.update(id, versie, invoer.gegevens())
                .flatMap(rows -> rows == 1 ? Mono.empty() : Mono.error(ApiProblem.preconditionFailed()))
                .then(toegang.gelukt("contactpersoon.wijzigen", TYPE,
                    List.of(id.toString(), invoer.organisatieId().toString())))
                .then(contactpersonen.findById(id))))))));
  }

  /**
   * Marks the contact as departed: it stays readable by id (agreements and dossiers refer to it) and
   * {@link ContactpersoonVertrokken} goes into the outbox in the same transaction, delivered after commit.
   */
  public Mono<Contactpersoon> deactivate(UUID id, String ifMatch) {
    return Mono.fromCallable(() -> ETags.required(ifMatch)).flatMap(versie -> toegang.caller().flatMap(caller ->
        huidig(id, versie).flatMap(huidig -> organisatie(huidig.organisatieId())
            .flatMap(org -> toegang.eisRecht(caller, org, "contactpersoon.deactiveren", TYPE, ids(huidig)))
            .then(tx.platform(contactpersonen.deactivate(id, versie)
                .flatMap(rows -> rows == 1 ? Mono.empty() : Mono.error(ApiProblem.preconditionFailed()))
                .then(toegang.gelukt("contactpersoon.deactiveren", TYPE, ids(huidig)))
                .then(outbox.publish(
                    new ContactpersoonVertrokken(id, huidig.organisatieId(), klok.instant())))
                .then(contactpersonen.findById(id)))))));
  }

  private Mono<Organisatie> organisatie(UUID id) {
    return organisaties.findById(id).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  /** The contact as it is now, if it is still active and at the version the client saw. */
  private Mono<Contactpersoon> huidig(UUID id, int versie) {
    return contactpersonen.findById(id)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> !c.actief()
            ? Mono.error(ApiProblem.conflict("Deze contactpersoon is gedeactiveerd en kan niet meer worden gewijzigd."))
            : c.versie() != versie ? Mono.error(ApiProblem.preconditionFailed()) : Mono.just(c));
  }

  /** Every error of the body at once; the (active) organisation it names when there are none. */
  private Mono<Organisatie> valideer(ContactpersoonInvoer invoer) {
    List<InvalidParam> errors = new ArrayList<>(toegang.fouten(invoer));
    if (invoer.getraindOp() != null && invoer.getraindOp().isAfter(LocalDate.now(klok))) {
      errors.add(new InvalidParam("getraindOp", "range", "mag niet in de toekomst liggen"));
    }
    Mono<Organisatie> org = invoer.organisatieId() == null ? Mono.empty()
        : organisaties.findById(invoer.organisatieId()).filter(Organisatie::actief);
    return Mono.zip(org.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()),
            toegang.onbekendeRegios("regios", invoer.regios()))
        .flatMap(t -> {
          if (invoer.organisatieId() != null && t.getT1().isEmpty()) {
            errors.add(new InvalidParam("organisatieId", "unknown", "is geen bekende actieve organisatie"));
          }
          errors.addAll(t.getT2());
          return GidsToegang.ongeldig(errors).then(Mono.justOrEmpty(t.getT1()));
        });
  }

  private static List<String> ids(Contactpersoon c) {
    return List.of(c.id().toString(), c.organisatieId().toString());
  }
}
