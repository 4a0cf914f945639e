package nl.doorlopendelijn.dashboard.internal;

import java.util.List;
import java.util.UUID;

/**
 * The dossiers of a region that share gemeente, azc, status, scenario and agreement version, counted. The smallest
 * unit every figure of every view is summed from, so a view never needs the dossiers themselves.
 *
 * @param regionaalAzc whether {@code azc} is the region's own azc (regioplaatsing)
 * @param dagenTotDriegesprek days from koppeling to driegesprek of each dossier that had one (for medians)
 * @param dagenTotVerhuizing days from koppeling to the actual move of each dossier that moved
 */
record Groep(
    String gemeente,
    String azc,
    boolean regionaalAzc,
    String status,
    String scenario,
    UUID afspraakVersie,
    long aantal,
    long verhuizingZonderKlantprofiel,
    long stilgevallen,
    long driegesprekBinnenNorm,
    long driegesprekGemeten,
    List<Integer> dagenTotDriegesprek,
    List<Integer> dagenTotVerhuizing) {

  Groep {
    dagenTotDriegesprek = List.copyOf(dagenTotDriegesprek);
    dagenTotVerhuizing = List.copyOf(dagenTotVerhuizing);
  }
}
