package nl.doorlopendelijn.notificaties.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.Paginering;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The caller's own notificaties and preferences. "Me" is the gids entry the caller's token is linked to by a
 * confirmed claim ({@link Contactpersonen#gekoppeldAan}); without one she has none (an empty list, 0, and 409 on a
 * change of preferences). Her notifications live in the regions of their dossiers; she sees them where she works:
 * <ul>
 *   <li>a region user (coördinator, gemeente-medewerker, ...): her own region only;</li>
 *   <li>a COA liaison: every active region where her azc has any access ({@link OverRegios#voorCoa}, at least
 *     {@link CoaToegang#ALLEEN_DOSSIERS}), each in its own tenant transaction;</li>
 *   <li>a platform operator: none (she works on no dossier).</li>
 * </ul>
 * Marking read and changing preferences are audited (the region's record resp. a platform record); reading the
 * list and the count are not (ids, codes and dossier numbers only; the dossier itself is audited when opened).
 */
@Service
class MijnNotificaties {

  static final String TYPE = "notificatie";
  static final String VOORKEUR_TYPE = "notificatievoorkeur";
  static final String ACTIVITEIT = "notificaties";

  /** A row with the region it lives in. */
  record InRegio(Region regio, NotificatieRij rij) {}

  /** One region's part of a list: its first rows and how many it has. */
  private record Deel(Region regio, List<NotificatieRij> rijen, long aantal) {}

  /** One page of the caller's list, and the total it is part of. */
  record Pagina(List<InRegio> items, long totaal) {}

  /** The caller's preferences and their version (the ETag). */
  record Voorkeuren(Map<NotificatieSoort, Bezorging> perSoort, int versie) {}

  private final NotificatieStore store;
  private final Contactpersonen gids;
  private final RegionRegistry regios;
  private final OverRegios overRegios;
  private final TenantTransactions tx;
  private final AuditLog audit;
  private final Clock klok;

  MijnNotificaties(NotificatieStore store, Contactpersonen gids, RegionRegistry regios, OverRegios overRegios,
      TenantTransactions tx, AuditLog audit, Clock klok) {
    this.store = store;
    this.gids = gids;
    this.regios = regios;
    this.overRegios = overRegios;
    this.tx = tx;
    this.audit = audit;
    this.klok = klok;
  }

  /** The caller's gids entry (confirmed link), if any. */
  Mono<UUID> ik(Caller caller) {
    return gids.gekoppeldAan(caller.issuer(), caller.subject());
  }

  /** Newest first across her regions (ties: by id), one page of them. */
  Mono<Pagina> lijst(Caller caller, boolean alleenOngelezen, Paginering.Vraag vraag) {
    long nodig = vraag.offset() + vraag.paginaGrootte();
    return ik(caller).flatMap(ik -> perRegio(caller, "notificatie.lijst", false, r -> Mono.zip(
                store.vanOntvanger(r.id(), ik, alleenOngelezen, nodig), store.aantal(r.id(), ik, alleenOngelezen))
            .map(t -> new Deel(r, t.getT1(), t.getT2())))
        .collectList()
        .map(delen -> {
          List<InRegio> alle = new ArrayList<>();
          long totaal = 0;
          for (Deel d : delen) {
            d.rijen().forEach(rij -> alle.add(new InRegio(d.regio(), rij)));
            totaal += d.aantal();
          }
          alle.sort(Comparator.comparing((InRegio i) -> i.rij().aangemaaktOp()).reversed()
              .thenComparing(i -> i.rij().id(), Comparator.reverseOrder()));
          int van = (int) Math.min(vraag.offset(), alle.size());
          int tot = (int) Math.min(nodig, alle.size());
          return new Pagina(List.copyOf(alle.subList(van, tot)), totaal);
        }))
        .defaultIfEmpty(new Pagina(List.of(), 0));
  }

  Mono<Long> ongelezen(Caller caller) {
    return ik(caller).flatMap(ik -> perRegio(caller, "notificatie.ongelezen", false,
            r -> store.aantal(r.id(), ik, true)).reduce(0L, Long::sum))
        .defaultIfEmpty(0L);
  }

  /** Marks one read (idempotent); 404 when the caller has no such notification in that region. */
  Mono<Void> markeerGelezen(Caller caller, String regioSlug, UUID id) {
    return ik(caller).switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(ik -> perRegio(caller, "notificatie.gelezen", true, r -> !r.slug().equals(regioSlug) ? Mono.empty()
                : store.markeerGelezen(r.id(), ik, id, OffsetDateTime.now(klok))
                    .flatMap(m -> switch (m) {
                      case NIET_GEVONDEN -> Mono.just(false);
                      case AL_GELEZEN -> Mono.just(true);
                      // audited when it changed something (a repeat changes nothing)
                      case GEMARKEERD -> audit.record(AuditEntry.gelukt("notificatie.markeer-gelezen", TYPE,
                          List.of(id.toString()), ACTIVITEIT)).thenReturn(true);
                    }))
            .any(Boolean::booleanValue))
        .flatMap(gevonden -> gevonden ? Mono.<Void>empty() : Mono.error(ApiProblem.notFound()));
  }

  /** Marks every unread one read, in every region she sees. */
  Mono<Void> markeerAllesGelezen(Caller caller) {
    return ik(caller).flatMap(ik -> perRegio(caller, "notificatie.alles-gelezen", true,
            r -> store.markeerAllesGelezen(r.id(), ik, OffsetDateTime.now(klok))
                .flatMap(ids -> ids.isEmpty() ? Mono.empty()
                    : audit.record(AuditEntry.gelukt("notificatie.markeer-gelezen", TYPE,
                        ids.stream().map(UUID::toString).toList(), ACTIVITEIT))))
        .then());
  }

  // ------------------------------------------------------------------------------------------- preferences

  Mono<Voorkeuren> voorkeuren(Caller caller) {
    return ik(caller).flatMap(store::voorkeuren)
        .defaultIfEmpty(standaard())
        .map(m -> new Voorkeuren(m, versie(m)));
  }

  /**
   * Sets the given soorten (the others stay), if the caller's preferences are still at {@code ifMatch}'s version:
   * in one platform transaction that locks her entry (two changes at once: the second sees the first's version and
   * gets 412), with a platform audit record.
   */
  Mono<Voorkeuren> wijzigVoorkeuren(Caller caller, String ifMatch, Map<NotificatieSoort, Bezorging> nieuw) {
    return ik(caller).switchIfEmpty(Mono.error(() -> ApiProblem.conflict("U heeft nog geen bevestigde koppeling"
            + " met uw eigen vermelding in de contactpersonengids: notificaties gaan naar die vermelding. Zoek uzelf"
            + " in de gids (Contactpersonen, 'Dit ben ik') en laat de koppeling bevestigen; daarna stelt u hier uw"
            + " voorkeuren in.")))
        .flatMap(ik -> {
          int verwacht = ETags.required(ifMatch);
          return tx.platform(store.vergrendel(ik).then(store.voorkeuren(ik)).flatMap(oud -> {
            if (versie(oud) != verwacht) {
              return Mono.error(ApiProblem.preconditionFailed());
            }
            OffsetDateTime nu = OffsetDateTime.now(klok);
            return Flux.fromIterable(nieuw.entrySet())
                .concatMap(e -> store.zetVoorkeur(ik, e.getKey(), e.getValue(), nu))
                .then(audit.record(AuditEntry.gelukt("notificatievoorkeur.wijzigen", VOORKEUR_TYPE,
                    List.of(ik.toString()), ACTIVITEIT)))
                .then(store.voorkeuren(ik));
          }));
        })
        .map(m -> new Voorkeuren(m, versie(m)));
  }

  /**
   * The version of a set of preferences: the bezorging of each soort as a digit in base 3, plus 1 (every soort
   * {@code direct}: 1). Exact (two sets have the same version only when they are the same), so If-Match protects
   * against a lost update without a counter.
   */
  static int versie(Map<NotificatieSoort, Bezorging> m) {
    int v = 0;
    int macht = 1;
    for (NotificatieSoort s : NotificatieSoort.values()) {
      v += m.getOrDefault(s, Bezorging.STANDAARD).ordinal() * macht;
      macht *= Bezorging.values().length;
    }
    return v + 1;
  }

  static Map<NotificatieSoort, Bezorging> standaard() {
    Map<NotificatieSoort, Bezorging> m = new java.util.EnumMap<>(NotificatieSoort.class);
    for (NotificatieSoort s : NotificatieSoort.values()) {
      m.put(s, Bezorging.STANDAARD);
    }
    return m;
  }

  // ------------------------------------------------------------------------------------------- regions

  /** {@code werk} per region the caller sees notifications in, each in its own tenant transaction. */
  private <T> Flux<T> perRegio(Caller caller, String naam, boolean schrijf, Function<Region, Mono<T>> werk) {
    if (caller.kind() == CallerKind.COA) {
      OverRegios.Bereik<nl.doorlopendelijn.tenancy.CoaRegios.RegioToegang> bereik =
          overRegios.voorCoa(caller, CoaToegang.ALLEEN_DOSSIERS);
      return schrijf ? bereik.schrijf(naam, rt -> werk.apply(rt.regio()))
          : bereik.lees(naam, rt -> werk.apply(rt.regio()));
    }
    if (caller.kind() != CallerKind.REGIO) {
      return Flux.empty();
    }
    BiFunction<UUID, Mono<T>, Mono<T>> inTransactie = schrijf ? tx::write : tx::read;
    return regios.bySlug(caller.regionSlug()).filter(Region::active)
        .flatMap(r -> inTransactie.apply(r.id(), Mono.defer(() -> werk.apply(r))))
        .flux();
  }
}
