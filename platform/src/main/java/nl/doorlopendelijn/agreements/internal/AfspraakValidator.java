package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.kernel.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.agreements.AfspraakMengvorm;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * Checks a create/update body against the region and returns every error at once, or the content with the
 * region's default norms filled in. Pure: the contacts the directory does not know are handed in.
 */
final class AfspraakValidator {

  static final int MAX_DAGEN = 365;
  static final int MAX_TEKST = 10_000;
  static final int MAX_MENGVORM = 2_000;
  /** A driegesprek whose days neither the body nor the region gives: two weeks (the seed's both moments). */
  static final int STANDAARD_DRIEGESPREK_DAGEN = 14;

  /** Either errors or content. */
  public record Uitkomst(List<InvalidParam> fouten, AfspraakInhoud inhoud) {
    public boolean geldig() {
      return fouten.isEmpty();
    }
  }

  private AfspraakValidator() {}

  public static Uitkomst valideer(AfspraakVerzoek v, TenantDescriptor regio, Set<UUID> onbekendeContacten) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (v == null) {
      return new Uitkomst(List.of(new InvalidParam("(body)", "required", "is verplicht")), null);
    }
    if (v.azc() == null) {
      fouten.add(verplicht("azc"));
    } else {
      if (leeg(v.azc().code())) {
        fouten.add(verplicht("azc.code"));
      } else if (!regio.azcLocaties().contains(v.azc().code())) {
        fouten.add(new InvalidParam("azc.code", "unknown", "is geen azc-locatie van deze regio"));
      }
      contact(fouten, "azc.contactpersoonId", v.azc().contactpersoonId(), onbekendeContacten);
    }
    if (v.gemeenten() == null || v.gemeenten().isEmpty()) {
      fouten.add(new InvalidParam("gemeenten", "required", "moet minstens één gemeente bevatten"));
    } else {
      Set<String> regioGemeenten = new HashSet<>();
      regio.gemeenten().forEach(g -> regioGemeenten.add(g.cbsCode()));
      Set<String> gezien = new HashSet<>();
      for (int i = 0; i < v.gemeenten().size(); i++) {
        var g = v.gemeenten().get(i);
        String pad = "gemeenten[" + i + "]";
        if (g == null) {
          fouten.add(verplicht(pad));
          continue;
        }
        if (leeg(g.cbsCode())) {
          fouten.add(verplicht(pad + ".cbsCode"));
        } else if (!regioGemeenten.contains(g.cbsCode())) {
          fouten.add(new InvalidParam(pad + ".cbsCode", "unknown", "is geen gemeente van deze regio"));
        } else if (!gezien.add(g.cbsCode())) {
          fouten.add(new InvalidParam(pad + ".cbsCode", "duplicate", "komt dubbel voor: " + g.cbsCode()));
        }
        contact(fouten, pad + ".contactpersoonId", g.contactpersoonId(), onbekendeContacten);
      }
    }
    if (leeg(v.scenario())) {
      fouten.add(verplicht("scenario"));
    } else if (Scenario.vanCode(v.scenario()).isEmpty()) {
      fouten.add(new InvalidParam("scenario", "enum", "moet " + Scenario.opsomming() + " zijn"));
    }
    boolean mengvorm = Scenario.MENGVORM.code().equals(v.scenario());
    AfspraakMengvorm structuur = mengvorm(fouten, v.mengvorm(), mengvorm);
    lengte(fouten, "afspraken", v.afspraken(), MAX_TEKST);
    if (v.geldigVanaf() == null) {
      fouten.add(verplicht("geldigVanaf"));
    } else if (v.geldigTot() != null && v.geldigTot().isBefore(v.geldigVanaf())) {
      fouten.add(new InvalidParam("geldigTot", "range", "mag niet voor geldigVanaf liggen"));
    }
    AfspraakNormen normen = normen(fouten, v.normen(), regio.normen(), v.scenario());
    if (!fouten.isEmpty()) {
      return new Uitkomst(List.copyOf(fouten), null);
    }
    return new Uitkomst(List.of(), new AfspraakInhoud(v.azc().code(), v.azc().contactpersoonId(),
        v.gemeenten().stream().map(g -> new AfspraakInhoud.Partij(g.cbsCode(), g.contactpersoonId())).toList(),
        v.scenario(), structuur, normen, v.geldigVanaf(), v.geldigTot(),
        leeg(v.afspraken()) ? null : v.afspraken()));
  }

  /**
   * The structured mengvorm: required with scenario mengvorm (and only then), its steps a leading part of the
   * inburgering chain ({@link Inburgeringsstap#bezwaren}, the one rule, also for a dossier's own mengvorm).
   */
  private static AfspraakMengvorm mengvorm(List<InvalidParam> fouten, AfspraakVerzoek.Mengvorm m, boolean nodig) {
    if (m == null) {
      if (nodig) {
        fouten.add(new InvalidParam("mengvorm", "required", "is verplicht bij scenario mengvorm"));
      }
      return null;
    }
    if (!nodig) {
      fouten.add(new InvalidParam("mengvorm", "not-allowed", "hoort alleen bij scenario mengvorm"));
      return null;
    }
    int voor = fouten.size();
    if (leeg(m.omschrijving())) {
      fouten.add(verplicht("mengvorm.omschrijving"));
    }
    lengte(fouten, "mengvorm.omschrijving", m.omschrijving(), MAX_MENGVORM);
    boolean naVoorinburgering = Boolean.TRUE.equals(m.bredeIntakeNaVoorinburgering());
    Inburgeringsstap.bezwaren(m.voorVerhuizing(), naVoorinburgering)
        .forEach(b -> fouten.add(new InvalidParam("mengvorm." + b.veld(), b.code(), b.reden())));
    if (fouten.size() > voor) {
      return null;
    }
    return new AfspraakMengvorm(m.omschrijving().strip(),
        m.voorVerhuizing().stream().map(c -> Inburgeringsstap.vanCode(c).orElseThrow()).sorted().toList(),
        naVoorinburgering);
  }

  /**
   * Norms from the body, each one missing taken from the region; the yes/no norm follows the scenario. The
   * driegesprekken left out are the region's ({@link TenantDescriptor.Normen#driegesprekNaKoppelingDagen()},
   * {@link TenantDescriptor.Normen#driegesprekVoorVerhuizingDagen()}); the voorinburgering's durations the standard.
   */
  private static AfspraakNormen normen(List<InvalidParam> fouten, AfspraakVerzoek.Normen n,
      TenantDescriptor.Normen regio, String scenario) {
    AfspraakVerzoek.Normen b = n == null ? new AfspraakVerzoek.Normen(null, null, null, null, null, null) : n;
    int kennismaking = dagen(fouten, "normen.dagenTotKennismaking", b.dagenTotKennismaking(),
        regio.dagenTotKennismaking());
    List<AfspraakNormen.Driegesprek> driegesprekken = driegesprekken(fouten, b.driegesprekken(), regio);
    int klantprofiel = dagen(fouten, "normen.klantprofielUpdateDagenVoorVerhuizing",
        b.klantprofielUpdateDagenVoorVerhuizing(), regio.klantprofielUpdateDagenVoorVerhuizing());
    int rust = dagen(fouten, "normen.rustperiodeRondVerhuizingDagen", b.rustperiodeRondVerhuizingDagen(),
        regio.rustperiodeRondVerhuizingDagen() == null ? 0 : regio.rustperiodeRondVerhuizingDagen());
    // Gecombineerde aanpak means brede intake and PIP-advies before the move (seed text).
    boolean gecombineerd = Scenario.GECOMBINEERDE_AANPAK.code().equals(scenario);
    boolean bredeIntake = b.bredeIntakeEnPipVoorVerhuizing() != null ? b.bredeIntakeEnPipVoorVerhuizing() : gecombineerd;
    AfspraakNormen.Voorinburgering standaard = AfspraakNormen.Voorinburgering.STANDAARD;
    AfspraakVerzoek.Voorinburgering vi = b.voorinburgering() == null
        ? new AfspraakVerzoek.Voorinburgering(null, null, null) : b.voorinburgering();
    AfspraakNormen.Voorinburgering voorinburgering = new AfspraakNormen.Voorinburgering(
        dagen(fouten, "normen.voorinburgering.dagenTotToestemming", vi.dagenTotToestemming(),
            standaard.dagenTotToestemming()),
        dagen(fouten, "normen.voorinburgering.dagenTotStart", vi.dagenTotStart(), standaard.dagenTotStart()),
        dagen(fouten, "normen.voorinburgering.duurDagen", vi.duurDagen(), standaard.duurDagen()));
    return new AfspraakNormen(kennismaking, driegesprekken, klantprofiel, bredeIntake, voorinburgering, rust);
  }

  /** One or both driegesprekken, each moment once; days left out are the region's for that moment. */
  private static List<AfspraakNormen.Driegesprek> driegesprekken(List<InvalidParam> fouten,
      List<AfspraakVerzoek.Driegesprek> gevraagd, TenantDescriptor.Normen regio) {
    if (gevraagd == null) {
      List<AfspraakNormen.Driegesprek> regionaal = new ArrayList<>();
      if (regio.driegesprekNaKoppelingDagen() != null) {
        regionaal.add(new AfspraakNormen.Driegesprek(AfspraakNormen.NA_KOPPELING, regio.driegesprekNaKoppelingDagen()));
      }
      regionaal.add(new AfspraakNormen.Driegesprek(AfspraakNormen.VOOR_VERHUIZING,
          regio.driegesprekVoorVerhuizingDagen()));
      return regionaal;
    }
    if (gevraagd.isEmpty()) {
      fouten.add(new InvalidParam("normen.driegesprekken", "size",
          "moet één of beide driegesprekken bevatten (na-koppeling, voor-verhuizing)"));
    }
    List<AfspraakNormen.Driegesprek> driegesprekken = new ArrayList<>();
    Set<String> gezien = new HashSet<>();
    for (int i = 0; i < gevraagd.size(); i++) {
      AfspraakVerzoek.Driegesprek d = gevraagd.get(i);
      String pad = "normen.driegesprekken[" + i + "]";
      if (d == null) {
        fouten.add(verplicht(pad));
        continue;
      }
      String anker = d.anker();
      if (leeg(anker)) {
        fouten.add(verplicht(pad + ".anker"));
        continue;
      }
      Integer regionaal = AfspraakNormen.NA_KOPPELING.equals(anker) ? regio.driegesprekNaKoppelingDagen()
          : regio.driegesprekVoorVerhuizingDagen();
      if (!AfspraakNormen.NA_KOPPELING.equals(anker) && !AfspraakNormen.VOOR_VERHUIZING.equals(anker)) {
        fouten.add(new InvalidParam(pad + ".anker", "enum", "moet na-koppeling of voor-verhuizing zijn"));
      } else if (!gezien.add(anker)) {
        fouten.add(new InvalidParam(pad + ".anker", "duplicate", "komt dubbel voor: " + anker));
      } else {
        driegesprekken.add(new AfspraakNormen.Driegesprek(anker, dagen(fouten, pad + ".dagen", d.dagen(),
            regionaal != null ? regionaal : STANDAARD_DRIEGESPREK_DAGEN)));
      }
    }
    // stable order whatever the body's: after the koppeling first
    driegesprekken.sort(java.util.Comparator.comparing(d -> AfspraakNormen.VOOR_VERHUIZING.equals(d.anker())));
    return driegesprekken;
  }

  private static int dagen(List<InvalidParam> fouten, String veld, Integer waarde, int standaard) {
    if (waarde == null) {
      return standaard;
    }
    if (waarde < 0 || waarde > MAX_DAGEN) {
      fouten.add(new InvalidParam(veld, "range", "moet tussen 0 en " + MAX_DAGEN + " liggen"));
    }
    return waarde;
  }

  private static void contact(List<InvalidParam> fouten, String veld, UUID id, Set<UUID> onbekend) {
    if (id == null) {
      fouten.add(verplicht(veld));
    } else if (onbekend.contains(id)) {
      fouten.add(new InvalidParam(veld, "unknown", "is geen actieve contactpersoon in het adresboek"));
    }
  }

  private static void lengte(List<InvalidParam> fouten, String veld, String waarde, int max) {
    if (waarde != null && waarde.length() > max) {
      fouten.add(new InvalidParam(veld, "size", "mag hoogstens " + max + " tekens bevatten"));
    }
  }

  private static InvalidParam verplicht(String veld) {
    return new InvalidParam(veld, "required", "is verplicht");
  }

  private static boolean leeg(String s) {
    return s == null || s.isBlank();
  }

  /** Every contact id in a body (to ask the directory about them in one go). */
  public static List<UUID> contacten(AfspraakVerzoek v) {
    List<UUID> ids = new ArrayList<>();
    if (v == null) {
      return ids;
    }
    if (v.azc() != null && v.azc().contactpersoonId() != null) {
      ids.add(v.azc().contactpersoonId());
    }
    if (v.gemeenten() != null) {
      v.gemeenten().stream().filter(g -> g != null && g.contactpersoonId() != null)
          .forEach(g -> ids.add(g.contactpersoonId()));
    }
    return ids.stream().distinct().toList();
  }
}
