package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.medewerker;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static nl.doorlopendelijn.agreements.AfspraakApi.verzoek;
import static nl.doorlopendelijn.testsupport.IdempotentieProef.tel;

import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.IdempotentieProef.Verzoek;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The one Idempotency-Key rule on the agreements' POSTs (region scope): create, submit, sign, end. */
@PlatformTest
class SamenwerkingsafspraakIdempotentieTest {

  private static final UUID TENANT = Region.idFor(HVB);

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  private IdempotentieProef proef() {
    return new IdempotentieProef(web);
  }

  private static Verzoek nieuweAfspraak(Map<String, Object> body) {
    return new Verzoek(pad(HVB), body, coordinator(HVB));
  }

  private static IntSupplier afspraken(Map<String, Object> body) {
    return () -> tel(TENANT, "select count(*) from samenwerkingsafspraak where afspraken = ?", body.get("afspraken"));
  }

  private static IntSupplier historie(String id, String actie) {
    return () -> tel(TENANT, "select count(*) from samenwerkingsafspraak_wijziging where afspraak_versie_id = ?"
        + " and actie = ?", UUID.fromString(id), actie);
  }

  @Test
  void herhaaldAanmakenKrijgtHetEersteAntwoord() {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0785");
    proef().herhalingKrijgtHetEersteAntwoord(nieuweAfspraak(body), 201, afspraken(body));
  }

  @Test
  void dezelfdeSleutelMetEenAndereAfspraakGeeft422() {
    Map<String, Object> eerste = verzoek(OISTERWIJK, "GM0785");
    Map<String, Object> ander = verzoek(OISTERWIJK, "GM0785");
    proef().anderVerzoekMetDezelfdeSleutelGeeft422(nieuweAfspraak(eerste), nieuweAfspraak(ander), afspraken(ander));
  }

  @Test
  void gelijktijdigeHerhalingenMakenEenAfspraak() {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0785");
    proef().gelijktijdigeHerhalingenDoenHetWerkEenmaal(nieuweAfspraak(body), 10, afspraken(body));
  }

  @Test
  void naEenEtmaalMaaktDezelfdeSleutelEenNieuweAfspraak() {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0785");
    proef().naEenEtmaalIsDeSleutelNieuw(nieuweAfspraak(body), klok, afspraken(body));
  }

  @Test
  void herhaaldAanbiedenTerOndertekeningKrijgtHetEersteAntwoord() {
    String id = new AfspraakApi(web).maakId(HVB, OISTERWIJK, "GM0785");
    proef().herhalingKrijgtHetEersteAntwoord(new Verzoek(pad(HVB) + "/" + id + "/ter-ondertekening", null,
        coordinator(HVB)), 200, historie(id, "ter-ondertekening"));
  }

  @Test
  void gelijktijdigeHerhaaldeOndertekeningenTekenenEenmaal() {
    AfspraakApi api = new AfspraakApi(web);
    String id = api.maakId(HVB, OISTERWIJK, "GM0785", "GM0855");
    api.terOndertekening(HVB, id);
    Verzoek tekenen = new Verzoek(pad(HVB) + "/" + id + "/ondertekeningen", Map.of("partij", "GM0785"),
        medewerker(HVB, "GM0785"));
    proef().gelijktijdigeHerhalingenDoenHetWerkEenmaal(tekenen, 6, historie(id, "ondertekend"));
    // the same key for another party's signature is another request
    proef().anderVerzoekMetDezelfdeSleutelGeeft422(
        new Verzoek(pad(HVB) + "/" + id + "/ondertekeningen", Map.of("partij", "GM0855"), medewerker(HVB, "GM0855")),
        new Verzoek(pad(HVB) + "/" + id + "/ondertekeningen", Map.of("partij", "GM0785"), medewerker(HVB, "GM0855")),
        historie(id, "ondertekend"));
  }

  @Test
  void herhaaldBeeindigenKrijgtHetEersteAntwoord() {
    String id = new AfspraakApi(web).actiefId(HVB, OISTERWIJK, "GM0785");
    proef().herhalingKrijgtHetEersteAntwoord(new Verzoek(pad(HVB) + "/" + id + "/beeindigingen",
        Map.of("reden", "Het azc sluit"), coordinator(HVB)), 201, historie(id, "beeindigd"));
  }
}
