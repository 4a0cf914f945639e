package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.IdempotentieProef.tel;
import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.IdempotentieProef.Verzoek;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The one Idempotency-Key rule on the dossiers' POSTs (region scope): create, milestone completion, closing. */
@PlatformTest
class DossierIdempotentieTest {

  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final UUID TENANT = Region.idFor(HART_VAN_BRABANT);

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  private final String coordinator = TestIssuers.shared().regioCoordinator(HART_VAN_BRABANT);

  private IdempotentieProef proef() {
    return new IdempotentieProef(web);
  }

  private Verzoek nieuwDossier(UUID contactpersoon) {
    return new Verzoek(HVB, DossierApi.invoer("GM0855", "AZC-OISTERWIJK", contactpersoon), coordinator);
  }

  private static IntSupplier dossiersMet(UUID contactpersoon) {
    return () -> tel(TENANT, "select count(*) from dossier where vaste_contactpersoon_id = ?", contactpersoon);
  }

  private static IntSupplier versie(String id) {
    return () -> tel(TENANT, "select versie from dossier where id = ?", UUID.fromString(id));
  }

  private String dossier() {
    return (String) new DossierApi(web).maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
        UUID.randomUUID()).get("id");
  }

  @Test
  void herhaaldAanmakenKrijgtHetEersteAntwoord() {
    UUID cp = UUID.randomUUID();
    proef().herhalingKrijgtHetEersteAntwoord(nieuwDossier(cp), 201, dossiersMet(cp));
  }

  @Test
  void dezelfdeSleutelMetEenAnderDossierGeeft422() {
    UUID ander = UUID.randomUUID();
    proef().anderVerzoekMetDezelfdeSleutelGeeft422(nieuwDossier(UUID.randomUUID()), nieuwDossier(ander),
        dossiersMet(ander));
  }

  @Test
  void gelijktijdigeHerhalingenMakenEenDossier() {
    UUID cp = UUID.randomUUID();
    proef().gelijktijdigeHerhalingenDoenHetWerkEenmaal(nieuwDossier(cp), 10, dossiersMet(cp));
  }

  @Test
  void naEenEtmaalMaaktDezelfdeSleutelEenNieuwDossier() {
    UUID cp = UUID.randomUUID();
    proef().naEenEtmaalIsDeSleutelNieuw(nieuwDossier(cp), klok, dossiersMet(cp));
  }

  @Test
  void gelijktijdigHerhaaldAfrondenVanEenMijlpaalRondtEenmaalAf() {
    String id = dossier();
    Verzoek afronden = new Verzoek(HVB + "/" + id + "/mijlpalen/kennismaking/afrondingen",
        Map.of("datum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).toString(), "notitie", "kennisgemaakt"), coordinator);
    proef().gelijktijdigeHerhalingenDoenHetWerkEenmaal(afronden, 6, versie(id));
    // the same key on another milestone is another request
    proef().anderVerzoekMetDezelfdeSleutelGeeft422(new Verzoek(HVB + "/" + id + "/mijlpalen/driegesprek/afrondingen",
        Map.of("datum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).toString(), "notitie", "driegesprek gehouden"), coordinator), afronden,
        versie(id));
  }

  @Test
  void herhaaldSluitenKrijgtHetEersteAntwoordInPlaatsVan409() {
    String id = dossier();
    proef().herhalingKrijgtHetEersteAntwoord(new Verzoek(HVB + "/" + id + "/sluitingen", null, coordinator), 201,
        versie(id));
  }
}
