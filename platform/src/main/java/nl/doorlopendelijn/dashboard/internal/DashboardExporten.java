package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.dashboard.DashboardNamen;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.Bestanden;
import nl.doorlopendelijn.web.TabularFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A dashboard as a file (CSV or .xlsx): the view the caller gets from {@link DashboardDienst} — the same object,
 * audited and suppressed for her kind, that the API's JSON and the page are written from — turned into sheets by
 * {@link DashboardExport}. Every export is audited ({@code dashboard.exporteren}: the view, the format and the
 * number of rows; no personal data, a dashboard holds none): a region's in that region's transaction, an azc's across
 * regions as a platform record (it belongs to no one region).
 */
@Service
class DashboardExporten {

  static final String ACTIE = "dashboard.exporteren";

  private final DashboardDienst dienst;
  private final ObjectProvider<DashboardNamen> namen;
  private final AuditLog audit;
  private final TenantTransactions tx;
  private final Clock klok;

  DashboardExporten(DashboardDienst dienst, ObjectProvider<DashboardNamen> namen, AuditLog audit,
      TenantTransactions tx, Clock klok) {
    this.dienst = dienst;
    this.namen = namen;
    this.audit = audit;
    this.tx = tx;
    this.klok = klok;
  }

  Mono<ResponseEntity<byte[]>> regio(RegionScope scope, TabularFiles.Format formaat) {
    return dienst.regio(scope).flatMap(versie -> bestand(versie, formaat).flatMap(b -> tx.write(scope.tenantId(),
            audit.record(entry(scope.region().slug(), versie, formaat, b, Map.of()))).thenReturn(b)))
        .map(b -> Bestanden.download(formaat, Bestanden.bestandsnaam("dashboard", scope.region().slug(),
            LocalDate.now(klok), formaat), b.inhoud()));
  }

  Mono<ResponseEntity<byte[]>> azc(Caller caller, String azc, TabularFiles.Format formaat) {
    return dienst.azc(caller, azc).flatMap(versie -> bestand(versie, formaat).flatMap(b -> tx.platform(
            audit.record(entry(azc, versie, formaat, b, Map.of("regios", String.join(",",
                versie.weergave().weergave().regios().stream().map(DashboardWeergave.RegioVerwijzing::slug)
                    .toList()))))).thenReturn(b)))
        .map(b -> Bestanden.download(formaat, Bestanden.bestandsnaam("dashboard", azc, LocalDate.now(klok), formaat),
            b.inhoud()));
  }

  private record Bestand(byte[] inhoud, int rijen) {}

  /** The sheets of the view, written off the event loop (a workbook is CPU work). */
  private Mono<Bestand> bestand(DashboardDienst.Versie versie, TabularFiles.Format formaat) {
    DashboardNamen bron = namen.getIfAvailable();
    Mono<DashboardNamen.Woorden> woorden = bron == null ? Mono.just(DashboardNamen.Woorden.geen()) : bron.nu();
    return woorden.publishOn(Schedulers.boundedElastic()).map(w -> {
      List<TabularFiles.Sheet> bladen = DashboardExport.bladen(versie.weergave().weergave(), w);
      return new Bestand(TabularFiles.write(formaat, bladen), DashboardExport.rijen(bladen));
    });
  }

  private static AuditEntry entry(String object, DashboardDienst.Versie versie, TabularFiles.Format formaat,
      Bestand b, Map<String, String> meer) {
    DashboardWeergave w = versie.weergave().weergave();
    Map<String, String> kenmerken = new LinkedHashMap<>(meer);
    kenmerken.put("formaat", formaat.extension());
    kenmerken.put("zicht", w.zicht());
    kenmerken.put("versie", versie.id());
    kenmerken.put("aantal", Integer.toString(b.rijen()));
    return AuditEntry.gelukt(ACTIE, "dashboard", List.of(object), "warme-overdracht").met(kenmerken);
  }
}
