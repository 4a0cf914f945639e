package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.kernel.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * Checks a create/update body against the region and returns every error at once, or the content with the
 * region's default norms filled in. Pure: the contacts the directory does not know are handed in.
 */
final class AfspraakValidator {

  static final int MAX_DAGEN = 365;
  static final int MAX_TEKST = 10_000;

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
    } else if (Scenario.MENGVORM.code().equals(v.scenario()) && leeg(v.mengvormOmschrijving())) {
      fouten.add(new InvalidParam("mengvormOmschrijving", "required", "is verplicht bij scenario mengvorm"));
    }
    lengte(fouten, "mengvormOmschrijving", v.mengvormOmschrijving(), 2_000);
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
    boolean mengvorm = Scenario.MENGVORM.code().equals(v.scenario());
    return new Uitkomst(List.of(), new AfspraakInhoud(v.azc().code(), v.azc().contactpersoonId(),
        v.gemeenten().stream().map(g -> new AfspraakInhoud.Partij(g.cbsCode(), g.contactpersoonId())).toList(),
        v.scenario(), mengvorm ? v.mengvormOmschrijving().strip() : null, normen, v.geldigVanaf(), v.geldigTot(),
        leeg(v.afspraken()) ? null : v.afspraken()));
  }

  /** Norms from the body, each one missing taken from the region; the yes/no norms follow the scenario. */
  private static AfspraakNormen normen(List<InvalidParam> fouten, AfspraakVerzoek.Normen n,
      TenantDescriptor.Normen regio, String scenario) {
    AfspraakVerzoek.Normen b = n == null ? new AfspraakVerzoek.Normen(null, null, null, null, null, null) : n;
    int kennismaking = dagen(fouten, "normen.dagenTotKennismaking", b.dagenTotKennismaking(),
        regio.dagenTotKennismaking());
    String anker = regio.driegesprek().anker();
    int driegesprekDagen = regio.driegesprek().dagen();
    if (b.driegesprek() != null) {
      if (b.driegesprek().anker() != null) {
        anker = b.driegesprek().anker();
        if (!AfspraakNormen.NA_KOPPELING.equals(anker) && !AfspraakNormen.VOOR_VERHUIZING.equals(anker)) {
          fouten.add(new InvalidParam("normen.driegesprek.anker", "enum", "moet na-koppeling of voor-verhuizing zijn"));
        }
      }
      driegesprekDagen = dagen(fouten, "normen.driegesprek.dagen", b.driegesprek().dagen(), driegesprekDagen);
    }
    int klantprofiel = dagen(fouten, "normen.klantprofielUpdateDagenVoorVerhuizing",
        b.klantprofielUpdateDagenVoorVerhuizing(), regio.klantprofielUpdateDagenVoorVerhuizing());
    int rust = dagen(fouten, "normen.rustperiodeRondVerhuizingDagen", b.rustperiodeRondVerhuizingDagen(),
        regio.rustperiodeRondVerhuizingDagen() == null ? 0 : regio.rustperiodeRondVerhuizingDagen());
    // Gecombineerde aanpak means brede intake, PIP-advies and voorinburgering before the move (seed text).
    boolean gecombineerd = Scenario.GECOMBINEERDE_AANPAK.code().equals(scenario);
    boolean bredeIntake = b.bredeIntakeEnPipVoorVerhuizing() != null ? b.bredeIntakeEnPipVoorVerhuizing() : gecombineerd;
    boolean voorinburgering = b.voorinburgeringAangeboden() != null ? b.voorinburgeringAangeboden() : gecombineerd;
    return new AfspraakNormen(kennismaking, new AfspraakNormen.Driegesprek(anker, driegesprekDagen), klantprofiel,
        bredeIntake, voorinburgering, rust);
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
