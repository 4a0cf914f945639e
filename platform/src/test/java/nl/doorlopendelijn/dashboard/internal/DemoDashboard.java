package nl.doorlopendelijn.dashboard.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdviseur;
import nl.doorlopendelijn.dossiers.advies.ScenarioFactoren;
import nl.doorlopendelijn.dossiers.planning.Stilval;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantDescriptors;

/**
 * The dashboard content of the demo ({@code demo/DemoData}) without starting it: the same regions (their real
 * {@code tenants/} descriptors), the same dossiers per gemeente and azc (Hart van Brabant: Tilburg 14, Dongen 6 under
 * the active agreement with azc Oisterwijk, one each in Gilze en Rijen, Goirle, Heusden, Oisterwijk and Waalwijk;
 * Noordoost-Brabant: Oss 8, alternating azc Oisterwijk (active agreement) and Overloon (concept)), the scenario as
 * the dossiers module picks it (the agreement's, else the advice on the demo's factors), and dates drawn from the
 * demo's seed in the demo's order. The peildatum is fixed.
 */
final class DemoDashboard {

  static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
  static final String OISTERWIJK = "AZC-OISTERWIJK";
  static final String OVERLOON = "AZC-OVERLOON";

  private final Random random = new Random(2026);
  private final Map<String, List<Groep>> groepen = new HashMap<>();
  private final Map<String, List<VerlopenMijlpalen>> verlopen = new HashMap<>();
  private final Map<String, Map<UUID, AfspraakInfo>> afspraken = new HashMap<>();
  private final Map<String, Region> regios = new HashMap<>();

  static DemoDashboard maak() {
    DemoDashboard demo = new DemoDashboard();
    for (TenantDescriptor d : TenantDescriptors.loadAll(Path.of(System.getProperty("doorlopendelijn.tenants-dir",
        "../tenants")))) {
      demo.regios.put(d.slug(), new Region(Region.idFor(d.slug()), d.slug(), d.naam(), d.issuer(), "descriptor",
          "actief", d));
    }
    AfspraakInfo hvb = demo.afspraak("hart-van-brabant", OISTERWIJK);
    AfspraakInfo nob = demo.afspraak("noordoost-brabant", OISTERWIJK);
    for (int i = 0; i < 14; i++) {
      demo.dossier("hart-van-brabant", "GM0855", OISTERWIJK, hvb);
    }
    for (int i = 0; i < 6; i++) {
      demo.dossier("hart-van-brabant", "GM0766", OISTERWIJK, hvb);
    }
    for (String g : List.of("GM0784", "GM0785", "GM0797", "GM0824", "GM0867")) {
      demo.dossier("hart-van-brabant", g, OISTERWIJK, null);
    }
    for (int i = 0; i < 8; i++) {
      boolean oisterwijk = i % 2 == 0;
      demo.dossier("noordoost-brabant", "GM0828", oisterwijk ? OISTERWIJK : OVERLOON, oisterwijk ? nob : null);
    }
    return demo;
  }

  Inhoud inhoud(String regio) {
    return new Inhoud(regios.get(regio), VANDAAG, groepen.getOrDefault(regio, List.of()),
        verlopen.getOrDefault(regio, List.of()), afspraken.getOrDefault(regio, Map.of()));
  }

  Region regio(String slug) {
    return regios.get(slug);
  }

  private AfspraakInfo afspraak(String regio, String azc) {
    UUID id = UUID.nameUUIDFromBytes((regio + azc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AfspraakInfo info = new AfspraakInfo(id, id, 1, azc, "snelle-start", "na-koppeling", 14);
    afspraken.computeIfAbsent(regio, r -> new HashMap<>()).put(id, info);
    return info;
  }

  /** One dossier, drawing from the seed exactly as {@code DemoData.dossier} does. */
  private void dossier(String regio, String gemeente, String azc, AfspraakInfo afspraak) {
    LocalDate koppeling = VANDAAG.minusDays(10 + random.nextInt(200));
    LocalDate verwachteVerhuizing = random.nextInt(4) > 0 ? VANDAAG.plusDays(random.nextInt(120) - 20) : null;
    ScenarioFactoren factoren = new ScenarioFactoren(10 + random.nextInt(80), 1 + random.nextInt(8),
        random.nextBoolean(), random.nextBoolean());
    boolean kennismaking = random.nextInt(3) > 0;
    int kennismakingDag = -1;
    if (kennismaking) {
      random.nextInt(4); // its form
      kennismakingDag = 3 + random.nextInt(10);
    }
    boolean driegesprek = random.nextBoolean();
    int driegesprekDag = driegesprek ? 7 + random.nextInt(20) : -1;
    String scenario = afspraak != null ? afspraak.scenario() : ScenarioAdviseur.adviseer(factoren).scenario().code();
    LocalDate driegesprekVervalt = koppeling.plusDays(14);
    boolean gemeten = driegesprek || driegesprekVervalt.isBefore(VANDAAG);
    boolean binnen = driegesprek && driegesprekDag <= 14;
    // stilval (dossiers.planning.Stilval): nobody has moved in the demo, so the period since the last activity
    Integer periode = regios.get(regio).descriptor().normen().stilvalNaDagen();
    LocalDate laatste = koppeling.plusDays(Math.max(0, Math.max(kennismakingDag, driegesprekDag)));
    boolean stil = !laatste.plusDays(periode != null ? periode : Stilval.STANDAARD_NA_DAGEN).isAfter(VANDAAG);
    boolean verhuizingZonderUpdate = verwachteVerhuizing != null && !verwachteVerhuizing.isBefore(VANDAAG)
        && !verwachteVerhuizing.isAfter(VANDAAG.plusDays(14));
    Region r = regios.get(regio);
    groepen.computeIfAbsent(regio, k -> new ArrayList<>()).add(new Groep(gemeente, azc,
        azc.equals(r.descriptor().regionaalAzc()), kennismaking || driegesprek ? "in-voorbereiding" : "gekoppeld",
        scenario, afspraak == null ? null : afspraak.versieId(), 1, verhuizingZonderUpdate ? 1 : 0, stil ? 1 : 0,
        binnen ? 1 : 0, gemeten ? 1 : 0, driegesprek ? List.of(driegesprekDag) : List.of(), List.of()));
    if (!kennismaking && koppeling.plusDays(7).isBefore(VANDAAG)) {
      verlopen.computeIfAbsent(regio, k -> new ArrayList<>()).add(new VerlopenMijlpalen(gemeente, azc,
          "kennismaking", 1));
    }
    if (!driegesprek && driegesprekVervalt.isBefore(VANDAAG)) {
      verlopen.computeIfAbsent(regio, k -> new ArrayList<>()).add(new VerlopenMijlpalen(gemeente, azc,
          "driegesprek", 1));
    }
  }
}
