package nl.doorlopendelijn.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.junit.jupiter.api.Test;

/** The plain rules of agreements, without Spring or a database. */
class AfspraakRegelsTest {

  private static final TenantDescriptor REGIO = new TenantDescriptor("hart-van-brabant", "Hart van Brabant",
      "{keycloak}/realms/hart-van-brabant", List.of(new TenantDescriptor.Gemeente("GM0855", "Tilburg")),
      List.of("AZC-OISTERWIJK"), "AZC-OISTERWIJK",
      new TenantDescriptor.Normen(7, new TenantDescriptor.Driegesprek("na-koppeling", 14), 14, 10, 60),
      null, null, null);

  private static AfspraakVerzoek verzoek(String scenario, String mengvorm) {
    return new AfspraakVerzoek(new AfspraakVerzoek.AzcPartij("AZC-OISTERWIJK", UUID.randomUUID()),
        List.of(new AfspraakVerzoek.GemeentePartij("GM0855", UUID.randomUUID())), scenario, mengvorm, null,
        LocalDate.of(2026, 1, 1), null, null);
  }

  @Test
  void eenAfspraakDoorlooptConceptTerOndertekeningActiefBeeindigd() {
    assertThat(AfspraakStatus.CONCEPT.kanNaar(AfspraakStatus.TER_ONDERTEKENING)).isTrue();
    assertThat(AfspraakStatus.TER_ONDERTEKENING.kanNaar(AfspraakStatus.ACTIEF)).isTrue();
    assertThat(AfspraakStatus.ACTIEF.kanNaar(AfspraakStatus.BEEINDIGD)).isTrue();
    assertThat(AfspraakStatus.CONCEPT.kanNaar(AfspraakStatus.ACTIEF)).isFalse();
    assertThat(AfspraakStatus.ACTIEF.kanNaar(AfspraakStatus.TER_ONDERTEKENING)).isFalse();
    for (AfspraakStatus s : AfspraakStatus.values()) {
      assertThat(AfspraakStatus.BEEINDIGD.kanNaar(s)).isFalse();
      assertThat(AfspraakStatus.VERVANGEN.kanNaar(s)).isFalse();
    }
  }

  @Test
  void mengvormVraagtOmEenOmschrijving() {
    assertThat(AfspraakValidator.valideer(verzoek("mengvorm", null), REGIO, Set.of()).fouten())
        .extracting(f -> f.name()).containsExactly("mengvormOmschrijving");
    assertThat(AfspraakValidator.valideer(verzoek("mengvorm", "snelle start, intake voor verhuizing"), REGIO,
        Set.of()).geldig()).isTrue();
  }

  @Test
  void normenKomenUitDeRegioEnGecombineerdeAanpakBetekentIntakeEnVoorinburgeringVoorDeVerhuizing() {
    var inhoud = AfspraakValidator.valideer(verzoek("gecombineerde-aanpak", null), REGIO, Set.of()).inhoud();
    assertThat(inhoud.normen().dagenTotKennismaking()).isEqualTo(7);
    assertThat(inhoud.normen().driegesprek().anker()).isEqualTo("na-koppeling");
    assertThat(inhoud.normen().rustperiodeRondVerhuizingDagen()).isEqualTo(10);
    assertThat(inhoud.normen().bredeIntakeEnPipVoorVerhuizing()).isTrue();
    assertThat(inhoud.normen().voorinburgeringAangeboden()).isTrue();
  }

  @Test
  void onbekendeContactpersoonIsEenFout() {
    AfspraakVerzoek v = verzoek("snelle-start", null);
    assertThat(AfspraakValidator.valideer(v, REGIO, Set.of(v.gemeenten().get(0).contactpersoonId())).fouten())
        .extracting(f -> f.name()).containsExactly("gemeenten[0].contactpersoonId");
  }

  @Test
  void historieBewaartAlleenWatVeranderde() {
    var a = AfspraakValidator.valideer(verzoek("snelle-start", null), REGIO, Set.of()).inhoud();
    var b = new AfspraakInhoud(a.azcCode(), a.azcContactpersoonId(), a.gemeenten(), "start-na-verhuizing", null,
        a.normen(), a.geldigVanaf(), a.geldigTot(), a.afspraken());
    var diff = AfspraakInhoud.verschil(a.snapshot(), b.snapshot());
    assertThat(diff.get(0)).containsOnlyKeys("scenario").containsEntry("scenario", "snelle-start");
    assertThat(diff.get(1)).containsOnlyKeys("scenario").containsEntry("scenario", "start-na-verhuizing");
  }
}
