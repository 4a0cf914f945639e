package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.Dossier.Afronding;
import nl.doorlopendelijn.dossiers.planning.Dossier.Besluit;
import nl.doorlopendelijn.dossiers.planning.Dossier.Gewijzigd;
import nl.doorlopendelijn.dossiers.planning.Dossier.Hermatching;
import nl.doorlopendelijn.dossiers.planning.Dossier.Mijlpaal;
import nl.doorlopendelijn.dossiers.planning.Dossier.Reden;
import nl.doorlopendelijn.dossiers.planning.Dossier.Sluiting;
import nl.doorlopendelijn.dossiers.planning.Dossier.Wijziging;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Betrokkene;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Rol;
import org.junit.jupiter.api.Test;

/**
 * The dossier's rules without Spring: every caller (role × own/other gemeente × own/other azc) × every status ×
 * every If-Match (none, current, old) × every change kind (PUT keeping, re-matching or moving azc; completing every
 * milestone open, completed or absent, before or on the koppelingsdatum, with or without each kennismaking form;
 * closing). The expected answer is written
 * here from the rules in the order the API checks them, not derived from the code under test.
 */
class DossierTest {

  static final String GEMEENTE = "0855";
  static final String ANDERE_GEMEENTE = "0796";
  static final String AZC = "GLZ";
  static final String ANDER_AZC = "BUD";
  static final LocalDate KOPPELING = LocalDate.of(2026, 3, 2);
  static final LocalDate VANDAAG = LocalDate.of(2026, 9, 1);
  static final UUID CONTACT = UUID.fromString("7b0c5f3e-0000-4000-8000-000000000001");
  static final int VERSIE = 4;
  static final Integer[] IF_MATCH = {null, VERSIE, VERSIE - 1};

  static Dossier dossier(DossierStatus status, List<Mijlpaal> mijlpalen) {
    return new Dossier(GEMEENTE, AZC, KOPPELING, null, CONTACT, status, VERSIE, mijlpalen);
  }

  static List<Mijlpaal> alleOpen() {
    return Arrays.stream(MijlpaalType.values()).map(t -> new Mijlpaal(t, false)).toList();
  }

  // ------------------------------------------------------------------------------------------ PUT (wijzig)

  record PutGeval(String naam, Wijziging wijziging) {}

  static List<PutGeval> puts() {
    List<PutGeval> puts = new ArrayList<>();
    for (DossierStatus gevraagd : new DossierStatus[] {null, DossierStatus.IN_VOORBEREIDING,
        DossierStatus.OVERGEDRAGEN}) {
      puts.add(new PutGeval("zelfde gemeente en azc", new Wijziging(GEMEENTE, AZC, gevraagd, CONTACT)));
      puts.add(new PutGeval("andere contactpersoon", new Wijziging(GEMEENTE, AZC, gevraagd, null)));
      puts.add(new PutGeval("andere gemeente", new Wijziging(ANDERE_GEMEENTE, AZC, gevraagd, CONTACT)));
      puts.add(new PutGeval("ander azc", new Wijziging(GEMEENTE, ANDER_AZC, gevraagd, CONTACT)));
      puts.add(new PutGeval("beide anders", new Wijziging(ANDERE_GEMEENTE, ANDER_AZC, gevraagd, CONTACT)));
    }
    return puts;
  }

  static Reden verwachteWeigeringPut(Betrokkene wie, DossierStatus status, Integer ifMatch, Wijziging w) {
    if (ifMatch != null && ifMatch != VERSIE) {
      return Reden.VEROUDERD;
    }
    if (status == DossierStatus.GESLOTEN) {
      return Reden.CONFLICT; // closed is frozen, whoever asks
    }
    if (!w.gemeente().equals(GEMEENTE) && wie.rol() != Rol.REGIO_COORDINATOR) {
      return Reden.VERBODEN; // only the coördinator re-matches
    }
    if (!w.azc().equals(AZC) && wie.rol() == Rol.COA_LIAISON) {
      return Reden.VERBODEN; // the COA never changes the azc
    }
    return null;
  }

  @Test
  void elkeWijzigingDoorIedereenInElkeStatus() {
    int gevallen = 0;
    for (Betrokkene wie : DossierRechtenTest.iedereen()) {
      for (DossierStatus status : DossierStatus.values()) {
        for (Integer ifMatch : IF_MATCH) {
          for (PutGeval put : puts()) {
            Besluit<Gewijzigd> b = dossier(status, alleOpen()).wijzig(wie, ifMatch, put.wijziging());
            Reden verwacht = verwachteWeigeringPut(wie, status, ifMatch, put.wijziging());
            String geval = wie + " " + status + " If-Match " + ifMatch + " " + put.naam();
            if (verwacht != null) {
              assertThat(b.toegestaan()).as(geval).isFalse();
              assertThat(b.weigering().reden()).as(geval).isEqualTo(verwacht);
              assertThat(b.weigering().melding()).as(geval).isNotBlank();
            } else {
              assertThat(b.toegestaan()).as(geval).isTrue();
              Gewijzigd g = b.uitkomst();
              boolean hermatch = !put.wijziging().gemeente().equals(GEMEENTE);
              assertThat(g.status()).as(geval)
                  .isEqualTo(put.wijziging().status() == null ? status : put.wijziging().status());
              assertThat(g.hermatching()).as(geval)
                  .isEqualTo(hermatch ? new Hermatching(GEMEENTE, ANDERE_GEMEENTE) : null);
              assertThat(g.actie()).as(geval).isEqualTo(hermatch ? "dossier.hermatchen" : "dossier.wijzigen");
              assertThat(g.contactpersoonVertrokkenWissen()).as(geval)
                  .isEqualTo(put.wijziging().vasteContactpersoon() == null);
            }
            gevallen++;
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(16 * 5 * 3 * 15);
  }

  @Test
  void hermatchenDoorDeCoordinatorBewaartVanEnNaar() {
    Betrokkene coordinator = new Betrokkene(Rol.REGIO_COORDINATOR, false, false);
    Besluit<Gewijzigd> b = dossier(DossierStatus.GEKOPPELD, alleOpen())
        .wijzig(coordinator, VERSIE, new Wijziging(ANDERE_GEMEENTE, AZC, null, CONTACT));
    assertThat(b.uitkomst().alsHermatching()).contains(new Hermatching(GEMEENTE, ANDERE_GEMEENTE));
    assertThat(b.uitkomst().actie()).isEqualTo("dossier.hermatchen");
  }

  // ------------------------------------------------------------------------------------------ completing (rondAf)

  enum Stand { OPEN, AFGEROND, AFWEZIG }

  static List<Mijlpaal> metStand(MijlpaalType type, Stand stand) {
    List<Mijlpaal> ms = new ArrayList<>();
    for (MijlpaalType t : MijlpaalType.values()) {
      if (t != type) {
        ms.add(new Mijlpaal(t, false));
      } else if (stand != Stand.AFWEZIG) {
        ms.add(new Mijlpaal(t, stand == Stand.AFGEROND));
      }
    }
    return ms;
  }

  /** No form, and every form of the kennismaking the seed names. */
  static final List<KennismakingVorm> VORMEN = new ArrayList<>(Arrays.asList((KennismakingVorm) null));

  static {
    VORMEN.addAll(Arrays.asList(KennismakingVorm.values()));
  }

  static Reden verwachteWeigeringAfronden(Betrokkene wie, DossierStatus status, Integer ifMatch, MijlpaalType type,
      Stand stand, LocalDate datum, KennismakingVorm vorm) {
    if (!DossierRechtenTest.verwacht(wie, type)) {
      return Reden.VERBODEN; // not the caller's step: 403 before anything else
    }
    if (ifMatch != null && ifMatch != VERSIE) {
      return Reden.VEROUDERD;
    }
    if (status == DossierStatus.GESLOTEN) {
      return Reden.CONFLICT;
    }
    if (stand == Stand.AFWEZIG) {
      return Reden.ONBEKEND;
    }
    if (stand == Stand.AFGEROND) {
      return Reden.CONFLICT;
    }
    if (datum.isBefore(KOPPELING)) {
      return Reden.ONGELDIG;
    }
    if (vorm != null && type != MijlpaalType.KENNISMAKING) {
      return Reden.ONGELDIG; // only the kennismaking has a form
    }
    return null;
  }

  @Test
  void elkeMijlpaalDoorIedereenInElkeStatus() {
    int gevallen = 0;
    for (Betrokkene wie : DossierRechtenTest.iedereen()) {
      for (DossierStatus status : DossierStatus.values()) {
        for (Integer ifMatch : IF_MATCH) {
          for (MijlpaalType type : MijlpaalType.values()) {
            for (Stand stand : Stand.values()) {
              for (LocalDate datum : new LocalDate[] {KOPPELING.minusDays(1), KOPPELING, VANDAAG}) {
                for (KennismakingVorm vorm : VORMEN) {
                  Dossier d = dossier(status, metStand(type, stand));
                  Besluit<Afronding> b = d.rondAf(wie, ifMatch, type, datum, vorm, VANDAAG);
                  Reden verwacht = verwachteWeigeringAfronden(wie, status, ifMatch, type, stand, datum, vorm);
                  String geval = wie + " " + status + " If-Match " + ifMatch + " " + type + " " + stand + " " + datum
                      + " " + vorm;
                  if (verwacht != null) {
                    assertThat(b.toegestaan()).as(geval).isFalse();
                    assertThat(b.weigering().reden()).as(geval).isEqualTo(verwacht);
                    if (verwacht == Reden.ONGELDIG) {
                      assertThat(b.weigering().veld()).as(geval)
                          .isEqualTo(datum.isBefore(KOPPELING) ? "datum" : "vorm");
                    }
                  } else {
                    assertThat(b.toegestaan()).as(geval).isTrue();
                    Afronding a = b.uitkomst();
                    boolean verhuizing = type == MijlpaalType.VERHUIZING;
                    boolean wordtVerhuisd = verhuizing
                        && (status == DossierStatus.GEKOPPELD || status == DossierStatus.IN_VOORBEREIDING);
                    assertThat(a.status()).as(geval).isEqualTo(wordtVerhuisd ? DossierStatus.VERHUISD : status);
                    assertThat(a.werkelijkeVerhuisdatum()).as(geval).isEqualTo(verhuizing ? datum : null);
                    assertThat(a.datum()).as(geval).isEqualTo(datum);
                    assertThat(a.vorm()).as(geval).isEqualTo(vorm);
                    assertThat(a.laatsteVoortgang()).as(geval).isEqualTo(VANDAAG);
                  }
                  // what the pages offer is exactly what the rule allows
                  assertThat(d.magAfronden(wie, type)).as(geval)
                      .isEqualTo(status != DossierStatus.GESLOTEN && DossierRechtenTest.verwacht(wie, type));
                  gevallen++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(16 * 5 * 3 * MijlpaalType.values().length * 3 * 3 * (1 + 4));
  }

  @Test
  void eenVerhuizingNaEenEerdereVerhuisdatumNeemtDeNieuweDatum() {
    Dossier d = new Dossier(GEMEENTE, AZC, KOPPELING, KOPPELING.plusDays(3), CONTACT, DossierStatus.GEKOPPELD,
        VERSIE, alleOpen());
    Betrokkene gemeente = new Betrokkene(Rol.GEMEENTE_MEDEWERKER, true, false);
    assertThat(d.rondAf(gemeente, null, MijlpaalType.KENNISMAKING, VANDAAG, null, VANDAAG).uitkomst()
        .werkelijkeVerhuisdatum()).isEqualTo(KOPPELING.plusDays(3));
    assertThat(d.rondAf(gemeente, null, MijlpaalType.VERHUIZING, VANDAAG, null, VANDAAG).uitkomst()
        .werkelijkeVerhuisdatum()).isEqualTo(VANDAAG);
  }

  // ------------------------------------------------------------------------------------------ closing (sluit)

  @Test
  void sluitenDoorIedereenInElkeStatus() {
    int gevallen = 0;
    for (Betrokkene wie : DossierRechtenTest.iedereen()) {
      boolean mag = wie.rol() == Rol.REGIO_COORDINATOR
          || (wie.rol() == Rol.GEMEENTE_MEDEWERKER && wie.eigenGemeente());
      for (DossierStatus status : DossierStatus.values()) {
        for (Integer ifMatch : IF_MATCH) {
          Besluit<Sluiting> b = dossier(status, alleOpen()).sluit(wie, ifMatch, VANDAAG);
          Reden verwacht = !mag ? Reden.VERBODEN
              : ifMatch != null && ifMatch != VERSIE ? Reden.VEROUDERD
              : status == DossierStatus.GESLOTEN ? Reden.CONFLICT : null;
          String geval = wie + " " + status + " If-Match " + ifMatch;
          if (verwacht != null) {
            assertThat(b.weigering().reden()).as(geval).isEqualTo(verwacht);
          } else {
            assertThat(b.uitkomst()).as(geval).isEqualTo(new Sluiting(DossierStatus.GESLOTEN, VANDAAG));
          }
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(16 * 5 * 3);
  }

  @Test
  void eenBesluitIsEenUitkomstOfEenWeigering() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Besluit<>(null, null))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Besluit<>("x", new Dossier.Weigering(Reden.CONFLICT, "m", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void elkeOpgeslagenStatusHeeftZijnCode() {
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(DossierStatus.van(s.code())).isEqualTo(s);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierStatus.van("verdwenen"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
