package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.SignaalWeergave;
import nl.doorlopendelijn.dossiers.planning.Werkvolgorde;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.RequestMetadata;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Views across regions: the werkvoorraad of the caller and the COA list of one azc. Merged from per-region queries
 * through {@link OverRegios} (each region in its own tenant-bound transaction with its own audit record; which
 * regions, order and a failing region as it says).
 */
@Service
class DossierOverzichten {

  /** Per region at most this many dossiers in a cross-region view; the views say nothing is left out below it. */
  public static final int MAX_PER_REGIO = 500;
  private static final TypeReference<List<SignaalWeergave>> SIGNALEN = new TypeReference<>() {};
  private static final TypeReference<List<Werkitems.OpenMijlpaal>> MIJLPALEN = new TypeReference<>() {};
  private static final TypeReference<List<Werkitems.GeplandGesprek>> GESPREKKEN = new TypeReference<>() {};


  private final TenantTransactions tx;
  private final DossierLijstQuery lijst;
  private final RegionRegistry regios;
  private final OverRegios overRegios;
  private final JsonMapper json;
  private final GidsContacten gids;
  private final AzcLocaties azcLocaties;
  private final Clock klok;

  DossierOverzichten(TenantTransactions tx, DossierLijstQuery lijst, RegionRegistry regios, OverRegios overRegios,
      JsonMapper json, GidsContacten gids, AzcLocaties azcLocaties, Clock klok) {
    this.tx = tx;
    this.lijst = lijst;
    this.regios = regios;
    this.overRegios = overRegios;
    this.json = json;
    this.gids = gids;
    this.azcLocaties = azcLocaties;
    this.klok = klok;
  }

  /**
   * One page of the caller's werkvoorraad: the items ({@link Werkitems}) of every dossier the caller sees, in every
   * region she works in (a COA liaison: {@link OverRegios#voorCoa}), one statement per region in its own
   * transaction with its own audit record, mine first and by urgency ({@link Werkvolgorde}). Empty for who sees no
   * dossiers.
   */
  public Mono<WerkvoorraadWeergave> werkvoorraad(Caller caller, Paginering.Vraag vraag) {
    var zicht = Zicht.voor(caller);
    if (zicht.isEmpty()) {
      return Mono.just(new WerkvoorraadWeergave(List.of(), Paginering.van(vraag, 0), false, null));
    }
    LocalDate vandaag = LocalDate.now(klok);
    Mono<Optional<UUID>> ik = gids.vanGebruiker(caller.issuer(), caller.subject()).map(Optional::of)
        .defaultIfEmpty(Optional.empty());
    Mono<Map<String, String>> azcNamen = azcLocaties.all().collectMap(AzcLocatie::code, AzcLocatie::naam);
    return Mono.zip(ik, azcNamen, RequestMetadata.current()).flatMap(t -> {
      UUID mij = t.getT1().orElse(null);
      Map<String, String> azcs = t.getT2();
      return werkItems(caller, zicht.get(), t.getT3(), vandaag, mij, azcs)
          .collectList()
          .flatMap(items -> werkgebied(caller, azcs).map(Optional::of).defaultIfEmpty(Optional.empty())
              .map(gebied -> {
                List<Werkitems.Geplaatst> gesorteerd = new ArrayList<>(items);
                gesorteerd.sort(Comparator.comparing(Werkitems.Geplaatst::plaats, Werkvolgorde.VOLGORDE));
                int van = (int) Math.min(vraag.offset(), gesorteerd.size());
                int tot = Math.min(van + vraag.paginaGrootte(), gesorteerd.size());
                return new WerkvoorraadWeergave(gesorteerd.subList(van, tot).stream()
                    .map(Werkitems.Geplaatst::item).toList(), Paginering.van(vraag, gesorteerd.size()), mij != null,
                    gebied.orElse(null));
              }));
    });
  }

  /** A region caller's own region; a COA liaison's regions (every one where she sees a dossier). */
  private Flux<Werkitems.Geplaatst> werkItems(Caller caller, Zicht zicht, RequestMetadata request, LocalDate vandaag,
      UUID ik, Map<String, String> azcs) {
    if (caller.kind() == CallerKind.COA) {
      return overRegios.voorCoa(caller, CoaToegang.ALLEEN_DOSSIERS).schrijf("dossier.werkvoorraad",
          rt -> items(rt.regio(), coaZicht(rt, zicht), caller, request, vandaag, ik, azcs)
              .flatMapIterable(items -> items));
    }
    return regios.bySlug(caller.regionSlug()).filter(Region::active)
        .flatMapMany(r -> tx.write(r.id(), items(r, zicht, caller, request, vandaag, ik, azcs))
            .flatMapIterable(items -> items));
  }

  private Mono<List<Werkitems.Geplaatst>> items(Region regio, Zicht zicht, Caller caller, RequestMetadata request,
      LocalDate vandaag, UUID ik, Map<String, String> azcs) {
    Map<String, String> gemeenten = new HashMap<>();
    regio.descriptor().gemeenten().forEach(g -> gemeenten.put(g.cbsCode(), g.naam()));
    Instant nu = klok.instant();
    return lijst.werkvoorraad(regio.id(), zicht, caller, request, vandaag,
            vandaag.plusDays(Werkvolgorde.MIJLPAAL_BINNEN_DAGEN), vandaag.plusDays(Werkvolgorde.VERHUIZING_BINNEN_DAGEN),
            eindeVanDeWeek(vandaag))
        .map(rijen -> {
          List<Werkitems.Geplaatst> items = new ArrayList<>();
          for (DossierLijstQuery.WerkRij r : rijen) {
            items.addAll(Werkitems.van(regio.slug(), r, json.readValue(r.signalenJson(), SIGNALEN),
                r.mijlpalenJson() == null ? List.of() : json.readValue(r.mijlpalenJson(), MIJLPALEN),
                r.gesprekkenJson() == null ? List.of() : json.readValue(r.gesprekkenJson(), GESPREKKEN), nu, vandaag,
                ik, zicht, c -> gemeenten.getOrDefault(c, c), c -> azcs.getOrDefault(c, c)));
          }
          return items;
        });
  }

  /** "This week" of the werkvoorraad's gesprekken: until Monday 00:00 of next week, in the Netherlands. */
  static Instant eindeVanDeWeek(LocalDate vandaag) {
    return vandaag.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
        .atStartOfDay(nl.doorlopendelijn.kernel.Tijdzone.NL).toInstant();
  }

  /** Whose the other dossiers are: the caller's gemeente, azc or region, by name. */
  private Mono<String> werkgebied(Caller caller, Map<String, String> azcs) {
    if (caller.kind() == CallerKind.COA) {
      return Mono.justOrEmpty(azcs.getOrDefault(caller.azcCode(), caller.azcCode()));
    }
    return regios.bySlug(caller.regionSlug()).map(r -> caller.gemeenteCode() == null || caller.has(Role.REGIO_COORDINATOR)
        ? r.naam()
        : r.descriptor().gemeenten().stream().filter(g -> g.cbsCode().equals(caller.gemeenteCode()))
            .map(TenantDescriptor.Gemeente::naam).findFirst().orElse(caller.gemeenteCode()));
  }

  /**
   * A COA liaison's dossiers of their own azc across regions: all of them where an agreement with the azc is in
   * force, elsewhere only the open ones that have not moved yet ({@link nl.doorlopendelijn.tenancy.CoaToegang}).
   */
  public Mono<List<DossierSamenvatting>> vanAzc(Caller caller, String azc, String status, String signaal) {
    if (caller.kind() != CallerKind.COA || !azc.equals(caller.azcCode())) {
      return Mono.error(ApiProblem.notFound());
    }
    Zicht zicht = Zicht.voor(caller).orElseThrow(ApiProblem::notFound);
    Lijstvraag vraag = new Lijstvraag(null, azc, status, null, signaal, null, 1, MAX_PER_REGIO, "dossiernummer");
    return RequestMetadata.current().flatMap(request -> overRegios.voorCoa(caller, CoaToegang.ALLEEN_DOSSIERS)
        .schrijf("dossier.lijst-van-azc", rt -> lijst.pagina(rt.regio().id(), rt.regio().slug(), coaZicht(rt, zicht),
                vraag, caller, request, "dossier.lijst")
            .flatMapIterable(DossierPagina::dossiers))
        .collectList());
  }

  /** What a liaison sees in a region: every dossier of her azc with an agreement in force, else the open ones. */
  private static Zicht coaZicht(CoaRegios.RegioToegang rt, Zicht volledig) {
    return rt.toegang().lijstEnDashboard() ? volledig : new Zicht(Zicht.Soort.AZC_OPEN, volledig.code());
  }
}
