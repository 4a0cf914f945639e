package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.web.Bestanden;
import nl.doorlopendelijn.web.TabularFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The caller's own dossier list as a file (CSV or .xlsx): the rows of {@code GET …/dossiers} with its filters, sort
 * and rights ({@link DossierService#exportLijst}: the list's own statement, every page, at most
 * {@link DossierService#MAX_EXPORT}), with what people read in each column: the gemeente's and the azc's name,
 * status, scenario and signals by their Dutch names, the two contacts by name.
 */
@Service
class DossierExport {

  static final List<String> KOLOMMEN = List.of("Dossiernummer", "Naam", "Gemeente", "Azc", "Status", "Scenario",
      "Koppelingsdatum", "Verwachte verhuisdatum", "Werkelijke verhuisdatum", "Vaste contactpersoon", "Casemanager",
      "Signalen");

  private final DossierService dossiers;
  private final AzcLocaties azcLocaties;
  private final GidsContacten gids;
  private final Clock klok;

  DossierExport(DossierService dossiers, AzcLocaties azcLocaties, GidsContacten gids, Clock klok) {
    this.dossiers = dossiers;
    this.azcLocaties = azcLocaties;
    this.gids = gids;
    this.klok = klok;
  }

  Mono<ResponseEntity<byte[]>> exporteer(RegionScope scope, Lijstvraag vraag, TabularFiles.Format formaat) {
    Map<String, String> kenmerken = new LinkedHashMap<>();
    kenmerken.put("formaat", formaat.extension());
    kenmerken.put("sorteer", vraag.sorteer());
    zet(kenmerken, "gemeente", vraag.gemeente());
    zet(kenmerken, "azc", vraag.azc());
    zet(kenmerken, "status", vraag.status());
    zet(kenmerken, "scenario", vraag.scenario());
    zet(kenmerken, "signaal", vraag.signaal());
    zet(kenmerken, "contactpersoon", vraag.contactpersoon() == null ? null : vraag.contactpersoon().toString());
    Map<String, String> gemeenten = new LinkedHashMap<>();
    TenantDescriptor descriptor = scope.region().descriptor();
    if (descriptor != null) {
      descriptor.gemeenten().forEach(g -> gemeenten.put(g.cbsCode(), g.naam()));
    }
    return dossiers.exportLijst(scope, vraag, kenmerken)
        .flatMap(pagina -> Mono.zip(azcLocaties.all().collectMap(AzcLocatie::code, AzcLocatie::naam),
                contactNamen(pagina.dossiers()))
            .publishOn(Schedulers.boundedElastic())
            .map(t -> TabularFiles.write(formaat, blad(pagina.dossiers(), gemeenten::get, t.getT1()::get,
                t.getT2()::get))))
        .map(bytes -> Bestanden.download(formaat, Bestanden.bestandsnaam("dossiers", scope.region().slug(),
            LocalDate.now(klok), formaat), bytes));
  }

  /** The names of every contact the rows name, each looked up once (the gids is national: outside the tenant). */
  private Mono<Map<UUID, String>> contactNamen(List<DossierSamenvatting> rijen) {
    List<UUID> ids = rijen.stream().flatMap(d -> java.util.stream.Stream.of(d.vasteContactpersoonId(),
        d.casemanagerId())).filter(Objects::nonNull).distinct().toList();
    return Flux.fromIterable(ids).flatMap(gids::contact, 8).collectMap(GidsContact::id, GidsContact::naam);
  }

  /** One sheet, a row per dossier in the list's order; a code without a name stays as it is. */
  static TabularFiles.Sheet blad(List<DossierSamenvatting> rijen, Function<String, String> gemeente,
      Function<String, String> azc, Function<UUID, String> contact) {
    List<List<Object>> out = new ArrayList<>();
    for (DossierSamenvatting d : rijen) {
      List<Object> rij = new ArrayList<>();
      rij.add(d.dossiernummer());
      rij.add(d.naam());
      rij.add(naam(gemeente, d.gemeente()));
      rij.add(naam(azc, d.azcLocatie()));
      rij.add(DossierStatus.vanCode(d.status()).map(DossierStatus::label).orElse(d.status()));
      rij.add(d.scenario() == null ? null : Scenario.vanCode(d.scenario()).map(Scenario::label).orElse(d.scenario()));
      rij.add(d.koppelingsdatum());
      rij.add(d.verwachteVerhuisdatum());
      rij.add(d.werkelijkeVerhuisdatum());
      rij.add(contact(contact, d.vasteContactpersoonId()));
      rij.add(contact(contact, d.casemanagerId()));
      rij.add(String.join(", ", d.signalen().stream()
          .map(s -> SignaalType.vanCode(s).map(SignaalType::label).orElse(s)).toList()));
      out.add(rij);
    }
    return new TabularFiles.Sheet("Dossiers", KOLOMMEN, out);
  }

  /** A contact by name; one the gids no longer knows is said so, never shown as its id. */
  private static String contact(Function<UUID, String> namen, UUID id) {
    if (id == null) {
      return null;
    }
    String naam = namen.apply(id);
    return naam == null ? ONBEKEND_IN_DE_GIDS : naam;
  }

  static final String ONBEKEND_IN_DE_GIDS = "(niet in de gids)";

  private static String naam(Function<String, String> namen, String code) {
    if (code == null) {
      return null;
    }
    String naam = namen.apply(code);
    return naam == null ? code : naam;
  }

  private static void zet(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
