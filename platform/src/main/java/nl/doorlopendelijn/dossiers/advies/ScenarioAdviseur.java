package nl.doorlopendelijn.dossiers.advies;

import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies.Alternatief;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * Advises one of the three scenarios for an inburgeraar. Rules, first match wins (thresholds from
 * {@link AdviesDrempels}, defaults in brackets):
 *
 * <ol>
 *   <li>house expected within woningBinnenMaanden (&le; 2) → start-na-verhuizing: little time is
 *       lost; plan an informal kennismaking soon after the koppeling;
 *   <li>can travel and azc within maxAfstandKm (&le; 50 km) → snelle-start: the inburgering starts before
 *       the move; leave room around the move. Digitally skilled also gives snelle-start, but not alone: the
 *       person must also be able to travel, or the azc must be near. Someone who cannot travel from a far azc
 *       misses what happens in the gemeente (the driegesprek in the vestigingsgemeente), online or not;
 *   <li>otherwise → gecombineerde-aanpak: brede intake and PIP-advies before the move, voluntary
 *       voorinburgering at the azc; with a wait of more than langWachtenMaanden (&gt; 6) the brede
 *       intake comes after the voorinburgering, so the trajectory does not stall.
 * </ol>
 *
 * <p>Mengvorm is never advised: it is a region's own choice, written into its agreement.
 */
public final class ScenarioAdviseur {

  private ScenarioAdviseur() {}

  public static ScenarioAdvies adviseer(ScenarioFactoren factoren) {
    return adviseer(factoren, AdviesDrempels.STANDAARD);
  }

  public static ScenarioAdvies adviseer(ScenarioFactoren f, AdviesDrempels d) {
    Beoordeling b = new Beoordeling(f, d);
    if (b.woningSnel()) {
      return startNaVerhuizing(b);
    }
    if (b.snelleStartHaalbaar()) {
      return snelleStart(b);
    }
    return gecombineerdeAanpak(b);
  }

  /**
   * The advice with the distance as it was found (entered, or estimated from the liggingen of gemeente and azc):
   * the same rules, and the reasons start by saying where the distance came from.
   */
  public static ScenarioAdvies adviseer(Afstand afstand, int verwachteMaandenTotWoning, boolean kanReizen,
      boolean digitaalVaardig, AdviesDrempels d) {
    ScenarioAdvies a = adviseer(new ScenarioFactoren(afstand.km(), verwachteMaandenTotWoning, kanReizen,
        digitaalVaardig), d);
    List<String> redenen = new ArrayList<>();
    redenen.add(afstand.reden());
    redenen.addAll(a.redenen());
    return new ScenarioAdvies(a.scenario(), redenen, a.alternatieven(), a.bredeIntakeNaVoorinburgering());
  }

  private static ScenarioAdvies startNaVerhuizing(Beoordeling b) {
    List<String> redenen = List.of(
        b.woningReden(),
        "Plan snel na de koppeling een informele kennismaking met de gemeente, bijvoorbeeld een kop"
            + " koffie of een bezoek aan het azc.",
        "Vraag het COA het klantprofiel in TVS ongeveer 2 weken voor de verhuizing bij te werken, met"
            + " rond dat moment een (online) driegesprek.");
    String snelTeWeinigWinst = "Niet gekozen: de woning komt binnen " + maanden(b.f.verwachteMaandenTotWoning())
        + ", dus vóór de verhuizing beginnen levert weinig tijd op en belast de inburgeraar met een verhuizing"
        + " midden in het traject.";
    return new ScenarioAdvies(Scenario.START_NA_VERHUIZING, redenen, List.of(
        new Alternatief(Scenario.SNELLE_START, snelTeWeinigWinst),
        new Alternatief(Scenario.GECOMBINEERDE_AANPAK, snelTeWeinigWinst)), false);
  }

  private static ScenarioAdvies snelleStart(Beoordeling b) {
    List<String> redenen = new ArrayList<>();
    redenen.add(b.woningReden());
    redenen.add(b.reisReden());
    redenen.add(b.digitaalReden());
    redenen.add("Houd rond de verhuizing ruimte vrij: in die periode heeft de inburgeraar minder tijd voor"
        + " de inburgering.");
    return new ScenarioAdvies(Scenario.SNELLE_START, redenen, List.of(
        new Alternatief(Scenario.GECOMBINEERDE_AANPAK, "Niet gekozen: " + b.volgbaarReden()
            + ", dus de inburgering zelf kan al vóór de verhuizing beginnen."),
        new Alternatief(Scenario.START_NA_VERHUIZING, b.teLangWachtenReden())), false);
  }

  private static ScenarioAdvies gecombineerdeAanpak(Beoordeling b) {
    List<String> redenen = new ArrayList<>();
    redenen.add(b.woningReden());
    redenen.add(b.reisReden());
    redenen.add(b.digitaalReden());
    redenen.add("Houd de brede intake en het PIP-advies vóór de verhuizing; de inburgeraar kan vrijwillig"
        + " voorinburgering volgen op het azc en start het reguliere traject na de verhuizing.");
    boolean langWachten = b.f.verwachteMaandenTotWoning() > b.d.langWachtenMaanden();
    if (langWachten) {
      redenen.add("Het wachten op een woning duurt naar verwachting " + maanden(b.f.verwachteMaandenTotWoning())
          + ", langer dan " + maanden(b.d.langWachtenMaanden()) + ": plan de brede intake na de voorinburgering,"
          + " zodat het traject niet stilvalt en minder belastend is.");
    }
    return new ScenarioAdvies(Scenario.GECOMBINEERDE_AANPAK, redenen, List.of(
        new Alternatief(Scenario.SNELLE_START, b.snelleStartNietReden()),
        new Alternatief(Scenario.START_NA_VERHUIZING, b.teLangWachtenReden())), langWachten);
  }

  static String maanden(int aantal) {
    return aantal == 1 ? "1 maand" : aantal + " maanden";
  }

  /** The factors held against the thresholds, with the sentence that explains each. */
  private record Beoordeling(ScenarioFactoren f, AdviesDrempels d) {

    boolean woningSnel() {
      return f.verwachteMaandenTotWoning() <= d.woningBinnenMaanden();
    }

    boolean dichtbij() {
      return f.afstandTotAzcKm() <= d.maxAfstandKm();
    }

    boolean bereikbaar() {
      return f.kanReizen() && dichtbij();
    }

    /** Digitally skilled helps only someone who can also get to the gemeente: travel, or a near azc. */
    boolean snelleStartHaalbaar() {
      return bereikbaar() || (f.digitaalVaardig() && (f.kanReizen() || dichtbij()));
    }

    String snelleStartNietReden() {
      if (f.digitaalVaardig()) {
        return "Niet gekozen: de inburgeraar is digitaal vaardig, maar kan niet makkelijk reizen en het azc ligt"
            + " verder dan " + d.maxAfstandKm() + " km van de gemeente. Online alleen is niet genoeg: de"
            + " inburgering vóór de verhuizing vraagt ook activiteiten in de vestigingsgemeente, zoals het"
            + " driegesprek.";
      }
      return "Niet gekozen: " + nietBereikbaarReden() + " en de inburgeraar is niet digitaal vaardig, dus de"
          + " inburgering zelf is vóór de verhuizing moeilijk te volgen.";
    }

    String woningReden() {
      return woningSnel()
          ? "Een woning wordt binnen " + maanden(f.verwachteMaandenTotWoning()) + " verwacht (drempel "
              + maanden(d.woningBinnenMaanden()) + "): er gaat weinig tijd verloren door na de verhuizing te"
              + " starten."
          : "Het wachten op een woning duurt naar verwachting " + maanden(f.verwachteMaandenTotWoning())
              + ", langer dan " + maanden(d.woningBinnenMaanden()) + ": wachten tot na de verhuizing kost te"
              + " veel tijd.";
    }

    String reisReden() {
      String afstand = "het azc ligt op " + f.afstandTotAzcKm() + " km (drempel " + d.maxAfstandKm() + " km)";
      if (bereikbaar()) {
        return "De inburgeraar kan reizen en " + afstand + ": activiteiten in de gemeente zijn bereikbaar.";
      }
      if (!f.kanReizen()) {
        return "De inburgeraar kan niet makkelijk reizen (" + afstand + ").";
      }
      return "Reizen is te belastend: " + afstand + ".";
    }

    String nietBereikbaarReden() {
      return f.kanReizen()
          ? "het azc ligt verder dan " + d.maxAfstandKm() + " km van de gemeente"
          : "de inburgeraar kan niet makkelijk naar de gemeente reizen";
    }

    String digitaalReden() {
      return f.digitaalVaardig()
          ? "De inburgeraar is digitaal vaardig: activiteiten kunnen ook online."
          : "De inburgeraar is niet digitaal vaardig: online activiteiten zijn geen uitweg.";
    }

    String volgbaarReden() {
      if (bereikbaar()) {
        return f.digitaalVaardig() ? "de inburgeraar kan naar de gemeente reizen en activiteiten online volgen"
            : "de inburgeraar kan naar de gemeente reizen";
      }
      return f.kanReizen()
          ? "de inburgeraar is digitaal vaardig en kan voor wat niet online kan naar de gemeente reizen"
          : "de inburgeraar is digitaal vaardig en het azc ligt dicht bij de gemeente";
    }

    String teLangWachtenReden() {
      return "Niet gekozen: de woning wordt pas over " + maanden(f.verwachteMaandenTotWoning())
          + " verwacht (meer dan " + maanden(d.woningBinnenMaanden()) + "); wachten tot na de verhuizing laat"
          + " de inburgering te lang stilliggen.";
    }
  }
}
