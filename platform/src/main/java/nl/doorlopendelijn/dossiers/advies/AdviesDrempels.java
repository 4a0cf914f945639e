package nl.doorlopendelijn.dossiers.advies;

/**
 * Thresholds of the scenario advice; a region sets its own in its descriptor under
 * {@code adviesDrempels: { woningBinnenMaanden, maxAfstandKm, langWachtenMaanden }}.
 *
 * @param woningBinnenMaanden a house expected within this many months (inclusive): start after the move
 * @param maxAfstandKm the azc at most this far (inclusive) is close enough to travel to the gemeente
 * @param langWachtenMaanden a wait longer than this (exclusive): brede intake after the voorinburgering
 */
public record AdviesDrempels(int woningBinnenMaanden, int maxAfstandKm, int langWachtenMaanden) {

  public static final AdviesDrempels STANDAARD = new AdviesDrempels(2, 50, 6);

  public AdviesDrempels {
    if (woningBinnenMaanden < 0 || maxAfstandKm < 0 || langWachtenMaanden < 0) {
      throw new IllegalArgumentException("Adviesdrempels mogen niet negatief zijn");
    }
  }

  /** A region's thresholds; what it leaves out (null) keeps the default. */
  public static AdviesDrempels van(Integer woningBinnenMaanden, Integer maxAfstandKm, Integer langWachtenMaanden) {
    return new AdviesDrempels(
        woningBinnenMaanden != null ? woningBinnenMaanden : STANDAARD.woningBinnenMaanden,
        maxAfstandKm != null ? maxAfstandKm : STANDAARD.maxAfstandKm,
        langWachtenMaanden != null ? langWachtenMaanden : STANDAARD.langWachtenMaanden);
  }
}
