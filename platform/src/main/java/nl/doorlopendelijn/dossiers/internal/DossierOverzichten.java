package nl.doorlopendelijn.dossiers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.SignaalWeergave;
import nl.doorlopendelijn.dossiers.planning.Urgentie;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
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

  /** One signal of one dossier in the werkvoorraad. */
  public record WerkItem(String regio, UUID dossierId, String dossiernummer, String gemeente, String azcLocatie,
      String type, String urgentie, String mijlpaal, String omschrijving) {}

  private final TenantTransactions tx;
  private final DossierLijstQuery lijst;
  private final RegionRegistry regios;
  private final OverRegios overRegios;
  private final JsonMapper json;

  DossierOverzichten(TenantTransactions tx, DossierLijstQuery lijst, RegionRegistry regios, OverRegios overRegios,
      JsonMapper json) {
    this.tx = tx;
    this.lijst = lijst;
    this.regios = regios;
    this.overRegios = overRegios;
    this.json = json;
  }

  /** The signals of the dossiers the caller works on, most urgent first; empty for who works on none. */
  public Mono<List<WerkItem>> werkvoorraad(Caller caller) {
    var zicht = Zicht.voor(caller);
    if (zicht.isEmpty()) {
      return Mono.just(List.of());
    }
    return RequestMetadata.current().flatMap(request -> werkItems(caller, zicht.get(), request)
        .collectList()
        .map(items -> {
          List<WerkItem> gesorteerd = new ArrayList<>(items);
          gesorteerd.sort(Comparator.comparing((WerkItem i) -> Urgentie.valueOf(i.urgentie().toUpperCase()))
              .thenComparing(WerkItem::dossiernummer).thenComparing(WerkItem::type));
          return List.copyOf(gesorteerd);
        }));
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

  /** A region caller's own region; a COA liaison's regions (every one where she sees a dossier). */
  private Flux<WerkItem> werkItems(Caller caller, Zicht zicht, RequestMetadata request) {
    if (caller.kind() == CallerKind.COA) {
      return overRegios.voorCoa(caller, CoaToegang.ALLEEN_DOSSIERS).schrijf("dossier.werkvoorraad",
          rt -> signalen(rt.regio(), coaZicht(rt, zicht), caller, request).flatMapIterable(items -> items));
    }
    return regios.bySlug(caller.regionSlug()).filter(Region::active)
        .flatMapMany(r -> tx.write(r.id(), signalen(r, zicht, caller, request)).flatMapIterable(items -> items));
  }

  private Mono<List<WerkItem>> signalen(Region regio, Zicht zicht, Caller caller, RequestMetadata request) {
    return lijst.metSignalen(regio.id(), zicht, caller, request, MAX_PER_REGIO).map(rijen -> items(regio, rijen));
  }

  /** What a liaison sees in a region: every dossier of her azc with an agreement in force, else the open ones. */
  private static Zicht coaZicht(CoaRegios.RegioToegang rt, Zicht volledig) {
    return rt.toegang().lijstEnDashboard() ? volledig : new Zicht(Zicht.Soort.AZC_OPEN, volledig.code());
  }

  private List<WerkItem> items(Region regio, List<DossierLijstQuery.SignaalRij> rijen) {
    List<WerkItem> items = new ArrayList<>();
    for (DossierLijstQuery.SignaalRij r : rijen) {
      for (SignaalWeergave s : json.readValue(r.signalenJson(), SIGNALEN)) {
        items.add(new WerkItem(regio.slug(), r.id(), r.dossiernummer(), r.gemeenteCode(), r.azcCode(), s.type(),
            s.urgentie(), s.mijlpaal(), s.omschrijving()));
      }
    }
    return items;
  }
}
