package nl.doorlopendelijn.directory.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A user and her own gids entry ({@link Koppeling}): she claims it once, an editor of its organisation confirms or
 * rejects it ({@link Bewerkrechten#magClaimen}, {@link Bewerkrechten#magBevestigen}). A user holds at most one link
 * (pending or confirmed), an entry at most one: a second claim is 409. Every step is a platform audit record (ids
 * only), in the transaction that makes it; a refusal is recorded as {@code geweigerd}.
 */
@Service
class KoppelingService {

  private static final String TYPE = "contactpersoon";

  private final KoppelingRepository koppelingen;
  private final ContactpersoonRepository contactpersonen;
  private final OrganisatieRepository organisaties;
  private final GidsToegang toegang;
  private final TenantTransactions tx;

  KoppelingService(KoppelingRepository koppelingen, ContactpersoonRepository contactpersonen,
      OrganisatieRepository organisaties, GidsToegang toegang, TenantTransactions tx) {
    this.koppelingen = koppelingen;
    this.contactpersonen = contactpersonen;
    this.organisaties = organisaties;
    this.toegang = toegang;
    this.tx = tx;
  }

  /** "Dit ben ik": the caller claims the entry; pending until an editor confirms. */
  Mono<Koppeling> claim(UUID id) {
    String actie = "contactpersoon.claimen";
    List<String> ids = List.of(id.toString());
    return toegang.lezer(actie, TYPE, ids).flatMap(caller -> contactpersonen.findById(id)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> organisatie(c).flatMap(org -> toegang.bewerker(caller)
            .flatMap(b -> toegang.eis(Bewerkrechten.magClaimen(b, org), actie, TYPE, ids,
                "U claimt alleen een vermelding van uw eigen organisatie.")))
            .then(Mono.defer(() -> c.actief() ? Mono.<Void>empty()
                : Mono.error(ApiProblem.conflict("Deze contactpersoon is vertrokken en kan niet worden geclaimd."))))
            .then(tx.platform(koppelingen.vanGebruiker(caller.issuer(), caller.subject())
                .flatMap(k -> Mono.<Long>error(ApiProblem.conflict(k.koppeling().contactpersoonId().equals(id)
                    ? "U heeft deze vermelding al geclaimd." : "U bent al aan een andere vermelding in de gids"
                        + " gekoppeld (of heeft die geclaimd): een gebruiker heeft er hoogstens één.")))
                .switchIfEmpty(Mono.defer(() -> koppelingen.claim(id, caller.issuer(), caller.subject())))
                .flatMap(n -> n == 1 ? Mono.<Void>empty()
                    : Mono.error(ApiProblem.conflict("Deze vermelding is al door iemand anders geclaimd.")))
                .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblem.conflict(
                    "U bent al aan een vermelding in de gids gekoppeld (of heeft die geclaimd)."))
                .then(toegang.gelukt(actie, TYPE, List.of(id.toString(), c.organisatieId().toString())))
                .then(koppelingen.vanContactpersoon(id).map(KoppelingRepository.Opgeslagen::koppeling))))));
  }

  /** An editor of the entry's organisation confirms the pending claim (not the claimant herself). */
  Mono<Koppeling> bevestig(UUID id) {
    return besluit(id, "contactpersoon.koppeling-bevestigen", k -> koppelingen.bevestig(id)
        .then(koppelingen.vanContactpersoon(id).map(KoppelingRepository.Opgeslagen::koppeling)));
  }

  /**
   * An editor of the entry's organisation rejects the pending claim: it is removed (the answer says
   * {@code afgewezen}), and the entry can be claimed again.
   */
  Mono<Koppeling> wijsAf(UUID id) {
    return besluit(id, "contactpersoon.koppeling-afwijzen", k -> koppelingen.wijsAf(id)
        .thenReturn(new Koppeling(k.contactpersoonId(), k.naam(), k.functie(), k.organisatieId(),
            k.organisatieNaam(), Koppeling.AFGEWEZEN, k.aangevraagdOp(), null)));
  }

  private Mono<Koppeling> besluit(UUID id, String actie, Function<Koppeling, Mono<Koppeling>> werk) {
    List<String> ids = List.of(id.toString());
    return toegang.caller().flatMap(caller -> koppelingen.vanContactpersoon(id)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(k -> organisaties.findById(k.koppeling().organisatieId())
            .switchIfEmpty(Mono.error(ApiProblem::notFound))
            .flatMap(org -> toegang.bewerker(caller).flatMap(b -> toegang.eis(
                Bewerkrechten.magBevestigen(b, org, k.issuer(), k.subject()), actie, TYPE, ids,
                "Alleen wie de gegevens van deze organisatie bijhoudt, en niet wie claimde, beslist over de claim.")))
            .then(Mono.defer(() -> Koppeling.AANGEVRAAGD.equals(k.koppeling().status()) ? Mono.<Void>empty()
                : Mono.error(ApiProblem.conflict("Over deze claim is al beslist."))))
            .then(tx.platform(toegang.gelukt(actie, TYPE, List.of(id.toString(),
                k.koppeling().organisatieId().toString())).then(Mono.defer(() -> werk.apply(k.koppeling())))))));
  }

  /** The caller's confirmed entry (404 when she has none, or it is not confirmed yet). */
  Mono<Contactpersoon> mijnContactpersoon() {
    return toegang.lezer("contactpersoon.lezen", TYPE, List.of())
        .flatMap(c -> koppelingen.bevestigdVan(c.issuer(), c.subject()))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> toegang.gelezen("contactpersoon.lezen", TYPE, List.of(c.id().toString()), c));
  }

  /** The caller's claim, pending or confirmed (404 when she has none). */
  Mono<Koppeling> mijnKoppeling() {
    return toegang.lezer("contactpersoon.koppeling-lezen", TYPE, List.of())
        .flatMap(c -> koppelingen.vanGebruiker(c.issuer(), c.subject()))
        .map(KoppelingRepository.Opgeslagen::koppeling)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(k -> toegang.gelezen("contactpersoon.koppeling-lezen", TYPE,
            List.of(k.contactpersoonId().toString()), k));
  }

  /** Pending claims the caller may decide on (of the organisations she edits, not her own), oldest first. */
  Mono<List<Koppeling>> teBevestigen() {
    return toegang.lezer("contactpersoon.koppelingen-lezen", TYPE, List.of())
        .flatMap(caller -> toegang.bewerker(caller).flatMap(b -> koppelingen.aangevraagd()
            .concatMap(k -> organisaties.findById(k.koppeling().organisatieId())
                .filter(org -> Bewerkrechten.magBevestigen(b, org, k.issuer(), k.subject()))
                .map(org -> k.koppeling()))
            .collectList()))
        .flatMap(l -> toegang.gelezen("contactpersoon.koppelingen-lezen", TYPE,
            l.stream().map(k -> k.contactpersoonId().toString()).toList(), l));
  }

  private Mono<Organisatie> organisatie(Contactpersoon c) {
    return organisaties.findById(c.organisatieId()).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }
}
