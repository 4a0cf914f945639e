package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Scenario;
import java.util.Objects;

/**
 * The norms of a samenwerkingsafspraak, in days. {@code mengvorm} is set only for scenario
 * MENGVORM and then decides what happens before the move.
 *
 * <p>{@code bredeIntakeEnPipVoorVerhuizing} lets an agreement place brede intake and PIP-advies
 * before or after the move in gecombineerde aanpak and start na verhuizing; snelle start has them
 * before the move by definition and a mengvorm names them itself.
 *
 * @param driegesprekNaKoppelingDagen the driegesprek after the koppeling, due this many days after it; {@code null}:
 *     the agreement holds none
 * @param driegesprekVoorVerhuizingDagen the driegesprek around the klantprofiel-update, due this many days before the
 *     move; {@code null}: the agreement holds none. At least one of the two is set.
 * @param voorinburgering how long the steps of the voorinburgering take (when the inburgeraar consents)
 */
public record Normen(
    int dagenTotKennismaking,
    Integer driegesprekNaKoppelingDagen,
    Integer driegesprekVoorVerhuizingDagen,
    int klantprofielUpdateDagenVoorVerhuizing,
    boolean bredeIntakeEnPipVoorVerhuizing,
    Voorinburgering voorinburgering,
    int rustperiodeRondVerhuizingDagen,
    Mengvorm mengvorm) {

  public static final int DAGEN_TOT_KENNISMAKING = 7;
  /** Hart van Brabant: "Binnen 2 weken na koppeling vindt een driegesprek plaats in de vestigingsgemeente." */
  public static final int DRIEGESPREK_DAGEN = 14;
  /** The COA updates the klantprofiel in TVS "ongeveer 2 weken voor de verhuizing". */
  public static final int KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING = 14;
  public static final int RUSTPERIODE_DAGEN = 14;

  /**
   * The voorinburgering in days: the consent is asked {@code dagenTotToestemming} after the koppeling, the
   * voorinburgering starts {@code dagenTotStart} after the consent and takes {@code duurDagen}.
   */
  public record Voorinburgering(int dagenTotToestemming, int dagenTotStart, int duurDagen) {

    /** The platform's standard: two weeks to the consent, two more to the start, twelve weeks of voorinburgering. */
    public static final Voorinburgering STANDAARD = new Voorinburgering(14, 14, 84);

    public Voorinburgering {
      nietNegatief(dagenTotToestemming, "voorinburgering.dagenTotToestemming");
      nietNegatief(dagenTotStart, "voorinburgering.dagenTotStart");
      nietNegatief(duurDagen, "voorinburgering.duurDagen");
    }
  }

  public Normen {
    Objects.requireNonNull(voorinburgering, "voorinburgering");
    if (driegesprekNaKoppelingDagen == null && driegesprekVoorVerhuizingDagen == null) {
      throw new IllegalArgumentException("Een afspraak plant minstens één driegesprek");
    }
    nietNegatief(dagenTotKennismaking, "dagenTotKennismaking");
    if (driegesprekNaKoppelingDagen != null) {
      nietNegatief(driegesprekNaKoppelingDagen, "driegesprekNaKoppelingDagen");
    }
    if (driegesprekVoorVerhuizingDagen != null) {
      nietNegatief(driegesprekVoorVerhuizingDagen, "driegesprekVoorVerhuizingDagen");
    }
    nietNegatief(klantprofielUpdateDagenVoorVerhuizing, "klantprofielUpdateDagenVoorVerhuizing");
    nietNegatief(rustperiodeRondVerhuizingDagen, "rustperiodeRondVerhuizingDagen");
  }

  /**
   * Sensible norms per scenario: the seed text. Both driegesprekken are set (Hart van Brabant's after the
   * koppeling, start na verhuizing's before the move); which of them a dossier has is the planner's rule.
   */
  public static Normen standaard(Scenario scenario) {
    return switch (scenario) {
      case SNELLE_START, START_NA_VERHUIZING -> basis(false);
      case GECOMBINEERDE_AANPAK -> basis(true);
      case MENGVORM ->
          throw new IllegalArgumentException(
              "Een mengvorm heeft geen standaardnormen; gebruik Normen.voorMengvorm(...)");
    };
  }

  /** Default norms for a mengvorm: brede intake before the move when the mengvorm says so. */
  public static Normen voorMengvorm(Mengvorm mengvorm) {
    Objects.requireNonNull(mengvorm, "mengvorm");
    return basis(mengvorm.voorVerhuizing().contains(MijlpaalType.BREDE_INTAKE)).metMengvorm(mengvorm);
  }

  /** Whether the driegesprek at this moment is part of the agreement. */
  public boolean heeftDriegesprek(DriegesprekAnker anker) {
    return driegesprekDagen(anker) != null;
  }

  /** The norm of the driegesprek at this moment, or {@code null} when the agreement holds none there. */
  public Integer driegesprekDagen(DriegesprekAnker anker) {
    return anker == DriegesprekAnker.NA_KOPPELING ? driegesprekNaKoppelingDagen : driegesprekVoorVerhuizingDagen;
  }

  /** These norms with the driegesprekken set anew: {@code null} for a moment without one. */
  public Normen metDriegesprekken(Integer naKoppelingDagen, Integer voorVerhuizingDagen) {
    return new Normen(dagenTotKennismaking, naKoppelingDagen, voorVerhuizingDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing, voorinburgering,
        rustperiodeRondVerhuizingDagen, mengvorm);
  }

  public Normen metRustperiode(int dagen) {
    return new Normen(dagenTotKennismaking, driegesprekNaKoppelingDagen, driegesprekVoorVerhuizingDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing, voorinburgering, dagen, mengvorm);
  }

  public Normen metVoorinburgering(Voorinburgering duur) {
    return new Normen(dagenTotKennismaking, driegesprekNaKoppelingDagen, driegesprekVoorVerhuizingDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing, duur, rustperiodeRondVerhuizingDagen,
        mengvorm);
  }

  public Normen metBredeIntakeEnPipVoorVerhuizing(boolean voor) {
    return new Normen(dagenTotKennismaking, driegesprekNaKoppelingDagen, driegesprekVoorVerhuizingDagen,
        klantprofielUpdateDagenVoorVerhuizing, voor, voorinburgering, rustperiodeRondVerhuizingDagen, mengvorm);
  }

  public Normen metMengvorm(Mengvorm nieuw) {
    return new Normen(dagenTotKennismaking, driegesprekNaKoppelingDagen, driegesprekVoorVerhuizingDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing, voorinburgering,
        rustperiodeRondVerhuizingDagen, nieuw);
  }

  private static Normen basis(boolean bredeIntakeVoor) {
    return new Normen(
        DAGEN_TOT_KENNISMAKING,
        DRIEGESPREK_DAGEN,
        KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING,
        KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING,
        bredeIntakeVoor,
        Voorinburgering.STANDAARD,
        RUSTPERIODE_DAGEN,
        null);
  }

  private static void nietNegatief(int dagen, String veld) {
    if (dagen < 0) {
      throw new IllegalArgumentException(veld + " mag niet negatief zijn: " + dagen);
    }
  }
}
