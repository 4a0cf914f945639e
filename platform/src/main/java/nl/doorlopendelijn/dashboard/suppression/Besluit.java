package nl.doorlopendelijn.dashboard.suppression;

/** What {@link Onderdrukking} decided for one {@link Stelsel}: which counts, shares and medians are suppressed. */
public final class Besluit {

  private final boolean[] aantallen;
  private final boolean[] aandelen;
  private final boolean[] medianen;
  private final boolean alles;

  Besluit(boolean[] aantallen, boolean[] aandelen, boolean[] medianen, boolean alles) {
    this.aantallen = aantallen.clone();
    this.aandelen = aandelen.clone();
    this.medianen = medianen.clone();
    this.alles = alles;
  }

  public boolean onderdrukt(int aantal) {
    return aantallen[aantal];
  }

  public boolean aandeelOnderdrukt(int aandeel) {
    return aandelen[aandeel];
  }

  public boolean mediaanOnderdrukt(int mediaan) {
    return medianen[mediaan];
  }

  /** Whether the fallback was taken: every figure about R suppressed (audit failed, or out of time). */
  public boolean alles() {
    return alles;
  }
}
