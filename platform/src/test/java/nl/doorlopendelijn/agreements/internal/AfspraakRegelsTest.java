package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import org.junit.jupiter.api.DisplayName;
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

  private static AfspraakVerzoek verzoek(String scenario, AfspraakVerzoek.Mengvorm mengvorm) {
    return verzoek(scenario, mengvorm, null);
  }

  private static AfspraakVerzoek verzoek(String scenario, AfspraakVerzoek.Mengvorm mengvorm,
      AfspraakVerzoek.Normen normen) {
    return new AfspraakVerzoek(new AfspraakVerzoek.AzcPartij("AZC-OISTERWIJK", UUID.randomUUID()),
        List.of(new AfspraakVerzoek.GemeentePartij("GM0855", UUID.randomUUID())), scenario, mengvorm, normen,
        LocalDate.of(2026, 1, 1), null, null);
  }

  private static AfspraakVerzoek.Normen driegesprekken(AfspraakVerzoek.Driegesprek... gesprekken) {
    return new AfspraakVerzoek.Normen(null, List.of(gesprekken), null, null, null, null);
  }

  private static List<String> fouten(AfspraakVerzoek v) {
    return AfspraakValidator.valideer(v, REGIO, Set.of()).fouten().stream().map(f -> f.name()).toList();
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
  @DisplayName("\"In de praktijk zijn mengvormen mogelijk.\" — a mengvorm agreement says which steps come before the move")
  void mengvormVraagtOmEenOmschrijvingEnDeStappenVoorDeVerhuizing() {
    assertThat(fouten(verzoek("mengvorm", null))).containsExactly("mengvorm");
    assertThat(fouten(verzoek("mengvorm", new AfspraakVerzoek.Mengvorm(" ", null, null))))
        .containsExactly("mengvorm.omschrijving", "mengvorm.voorVerhuizing");
    var uitkomst = AfspraakValidator.valideer(verzoek("mengvorm", new AfspraakVerzoek.Mengvorm(
        " snelle start tot en met het PIP ", List.of("pip-advies", "brede-intake"), true)), REGIO, Set.of());
    assertThat(uitkomst.geldig()).isTrue();
    assertThat(uitkomst.inhoud().mengvorm()).isEqualTo(new nl.doorlopendelijn.agreements.AfspraakMengvorm(
        "snelle start tot en met het PIP", List.of(Inburgeringsstap.BREDE_INTAKE, Inburgeringsstap.PIP_ADVIES), true));
    assertThat(fouten(verzoek("snelle-start", new AfspraakVerzoek.Mengvorm("x", List.of(), false))))
        .containsExactly("mengvorm");
  }

  /** Every subset of the four steps: valid exactly when it is the chain's first n (no gap), as the planner plans. */
  @Test
  @DisplayName("\"Bij scenario gecombineerde aanpak vindt de brede intake en het PIP-advies plaats vóór iemand"
      + " verhuist\" — a mengvorm before the move is a leading part of the chain, for each of its 16 subsets")
  void eenMengvormPlantEenBeginVanDeKetenVoorDeVerhuizingElkeDeelverzamelingGetoetst() {
    List<String> keten = Inburgeringsstap.CODES;
    for (int bits = 0; bits < 16; bits++) {
      List<String> voor = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        if ((bits & (1 << i)) != 0) {
          voor.add(keten.get(i));
        }
      }
      boolean beginVanDeKeten = voor.equals(keten.subList(0, voor.size()));
      List<String> f = fouten(verzoek("mengvorm", new AfspraakVerzoek.Mengvorm("mix", voor, false)));
      assertThat(f).as("voor de verhuizing: %s", voor)
          .isEqualTo(beginVanDeKeten ? List.of() : List.of("mengvorm.voorVerhuizing"));
    }
    assertThat(fouten(verzoek("mengvorm", new AfspraakVerzoek.Mengvorm("mix",
        List.of("brede-intake", "brede-intake", "voorinburgering"), false))))
        .containsExactly("mengvorm.voorVerhuizing[1]", "mengvorm.voorVerhuizing[2]");
  }

  @Test
  @DisplayName("\"Om dit te voorkomen, kun je de brede intake en het PIP-advies pas ná de voorinburgering laten"
      + " beginnen.\" — only when the brede intake comes before the move")
  void bredeIntakeNaDeVoorinburgeringAlleenAlsDeBredeIntakeVoorDeVerhuizingValt() {
    assertThat(fouten(verzoek("mengvorm", new AfspraakVerzoek.Mengvorm("alles erna", List.of(), true))))
        .containsExactly("mengvorm.bredeIntakeNaVoorinburgering");
  }

  @Test
  void normenKomenUitDeRegioEnGecombineerdeAanpakBetekentIntakeVoorDeVerhuizing() {
    var inhoud = AfspraakValidator.valideer(verzoek("gecombineerde-aanpak", null), REGIO, Set.of()).inhoud();
    assertThat(inhoud.normen().dagenTotKennismaking()).isEqualTo(7);
    assertThat(inhoud.normen().rustperiodeRondVerhuizingDagen()).isEqualTo(10);
    assertThat(inhoud.normen().bredeIntakeEnPipVoorVerhuizing()).isTrue();
    assertThat(inhoud.normen().voorinburgering()).isEqualTo(AfspraakNormen.Voorinburgering.STANDAARD);
  }

  @Test
  @DisplayName("\"Binnen 2 weken na koppeling vindt een driegesprek plaats\" and \"Zorg rond dat moment ook voor een"
      + " (online) 3-gesprek\" — left out, an agreement has the region's driegesprek and the one before the move")
  void zonderDriegesprekkenDieVanDeRegioEnDatVoorDeVerhuizingRondDeKlantprofielUpdate() {
    var inhoud = AfspraakValidator.valideer(verzoek("snelle-start", null), REGIO, Set.of()).inhoud();
    assertThat(inhoud.normen().driegesprekken()).containsExactly(
        new AfspraakNormen.Driegesprek("na-koppeling", 14), new AfspraakNormen.Driegesprek("voor-verhuizing", 14));

    TenantDescriptor voorVerhuizing = new TenantDescriptor("noordoost-brabant", "Noordoost-Brabant",
        "{keycloak}/realms/noordoost-brabant", List.of(new TenantDescriptor.Gemeente("GM0855", "Tilburg")),
        List.of("AZC-OISTERWIJK"), null,
        new TenantDescriptor.Normen(7, new TenantDescriptor.Driegesprek("voor-verhuizing", 10), 14, 10, 60),
        null, null, null);
    assertThat(AfspraakValidator.valideer(verzoek("snelle-start", null), voorVerhuizing, Set.of()).inhoud()
        .normen().driegesprekken()).containsExactly(new AfspraakNormen.Driegesprek("voor-verhuizing", 10));
  }

  @Test
  void eenAfspraakKiestEenOfBeideDriegesprekkenElkMetEigenNorm() {
    var beide = AfspraakValidator.valideer(verzoek("start-na-verhuizing", null, driegesprekken(
        new AfspraakVerzoek.Driegesprek("voor-verhuizing", 12), new AfspraakVerzoek.Driegesprek("na-koppeling", null))),
        REGIO, Set.of()).inhoud();
    assertThat(beide.normen().driegesprekken()).containsExactly(
        new AfspraakNormen.Driegesprek("na-koppeling", 14), new AfspraakNormen.Driegesprek("voor-verhuizing", 12));
    var een = AfspraakValidator.valideer(verzoek("start-na-verhuizing", null, driegesprekken(
        new AfspraakVerzoek.Driegesprek("voor-verhuizing", 12))), REGIO, Set.of()).inhoud();
    assertThat(een.normen().driegesprekDagen("na-koppeling")).isNull();

    assertThat(fouten(verzoek("snelle-start", null, driegesprekken()))).containsExactly("normen.driegesprekken");
    assertThat(fouten(verzoek("snelle-start", null, driegesprekken(new AfspraakVerzoek.Driegesprek("na-koppeling", 3),
        new AfspraakVerzoek.Driegesprek("na-koppeling", 4), new AfspraakVerzoek.Driegesprek("ooit", 4),
        new AfspraakVerzoek.Driegesprek("voor-verhuizing", -1)))))
        .containsExactly("normen.driegesprekken[1].anker", "normen.driegesprekken[2].anker",
            "normen.driegesprekken[3].dagen");
  }

  @Test
  @DisplayName("\"De inburgeraar kan gelijktijdig voorinburgering volgen op de AZC-locatie.\" — its durations are"
      + " norms of the agreement, the standard where left out")
  void voorinburgeringDuurtZoLangAlsDeAfspraakZegt() {
    var inhoud = AfspraakValidator.valideer(verzoek("snelle-start", null, new AfspraakVerzoek.Normen(null, null, null,
        null, new AfspraakVerzoek.Voorinburgering(10, null, 60), null)), REGIO, Set.of()).inhoud();
    assertThat(inhoud.normen().voorinburgering()).isEqualTo(new AfspraakNormen.Voorinburgering(10, 14, 60));
    assertThat(fouten(verzoek("snelle-start", null, new AfspraakVerzoek.Normen(null, null, null, null,
        new AfspraakVerzoek.Voorinburgering(-1, 400, null), null))))
        .containsExactly("normen.voorinburgering.dagenTotToestemming", "normen.voorinburgering.dagenTotStart");
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
