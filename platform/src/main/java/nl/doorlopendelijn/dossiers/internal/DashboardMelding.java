package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.DashboardFeiten;
import nl.doorlopendelijn.dashboard.DossierFeit;
import nl.doorlopendelijn.dossiers.planning.GeplandeMijlpaal;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.Tijdlijn;
import nl.doorlopendelijn.kernel.Scenario;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells the dashboard what it needs to know of a dossier (no personal data), inside the dossier's own write
 * transaction: the dashboard's facts commit or roll back with the change, and its notification fires at commit.
 */
@Component
class DashboardMelding {

  private final DashboardFeiten dashboard;

  DashboardMelding(DashboardFeiten dashboard) {
    this.dashboard = dashboard;
  }

  Mono<Void> meld(Herberekening.Uitkomst u) {
    return dashboard.registreer(feit(u.dossier(), u.tijdlijn(), u.stilvalVanaf()));
  }

  Mono<Void> verwijderd(UUID tenantId, List<String> dossierIds) {
    return Flux.fromIterable(dossierIds).concatMap(id -> dashboard.verwijder(tenantId, UUID.fromString(id))).then();
  }

  static DossierFeit feit(DossierRij d, Tijdlijn t, LocalDate stilvalVanaf) {
    var driegesprek = t.mijlpaal(MijlpaalType.DRIEGESPREK);
    var klantprofiel = t.mijlpaal(MijlpaalType.KLANTPROFIEL_UPDATE);
    Map<String, LocalDate> open = new LinkedHashMap<>();
    for (GeplandeMijlpaal m : t.mijlpalen()) {
      if (!m.isAfgerond() && m.vervaldatum() != null) {
        open.put(m.type().code(), m.vervaldatum());
      }
    }
    return new DossierFeit(d.tenantId(), d.id(), d.gemeenteCode(), d.azcCode(), d.status().code(), Scenario.fromCode(d.scenario()),
        d.koppelingsdatum(), d.verwachteVerhuisdatum(), d.werkelijkeVerhuisdatum(),
        driegesprek.map(GeplandeMijlpaal::vervaldatum).orElse(null),
        driegesprek.filter(GeplandeMijlpaal::isAfgerond).map(GeplandeMijlpaal::datum).orElse(null),
        klantprofiel.filter(GeplandeMijlpaal::isAfgerond).map(GeplandeMijlpaal::datum).orElse(null),
        stilvalVanaf, open, d.afspraakVersieId(), d.gesloten());
  }
}
