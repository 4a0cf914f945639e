package nl.doorlopendelijn.agreements.internal;

import java.util.List;

/** The scenarios of the seed text, plus mengvorm (a described mix). */
public final class Scenario {

  public static final String SNELLE_START = "snelle-start";
  public static final String GECOMBINEERDE_AANPAK = "gecombineerde-aanpak";
  public static final String START_NA_VERHUIZING = "start-na-verhuizing";
  public static final String MENGVORM = "mengvorm";
  public static final List<String> ALLE = List.of(SNELLE_START, GECOMBINEERDE_AANPAK, START_NA_VERHUIZING, MENGVORM);

  private Scenario() {}
}
