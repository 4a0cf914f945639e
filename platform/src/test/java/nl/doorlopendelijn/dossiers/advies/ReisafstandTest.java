package nl.doorlopendelijn.dossiers.advies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The distance estimate from two liggingen: straight line (haversine) times the detour factor 1.3. */
class ReisafstandTest {

  /** Places as in the shipped tables (V66, V67): latitude, longitude. */
  private static final double[] TILBURG = {51.56, 5.08};
  private static final double[] AZC_OISTERWIJK = {51.57, 5.22};
  private static final double[] AZC_TER_APEL = {52.88, 7.07};
  private static final double[] AZC_GILZE = {51.54, 4.94};
  private static final double[] AZC_MAASTRICHT = {50.85, 5.69};

  @Test
  @DisplayName("\"Factoren die daarbij een rol spelen zijn: - de afstand tot een azc\": de afstand volgt uit de"
      + " ligging van gemeente en azc")
  void deAfstandVolgtUitDeLiggingVanGemeenteEnAzc() {
    Afstand oisterwijk = schat(TILBURG, AZC_OISTERWIJK);
    Afstand terApel = schat(TILBURG, AZC_TER_APEL);

    assertThat(oisterwijk.bron()).isEqualTo(Afstand.Bron.BEREKEND);
    assertThat(oisterwijk.hemelsbreedKm()).isEqualTo(10);
    assertThat(oisterwijk.km()).isEqualTo(13);
    assertThat(terApel.hemelsbreedKm()).isBetween(200, 215);
    assertThat(terApel.km()).isEqualTo((int) Math.round(Reisafstand.hemelsbreedKm(TILBURG[0], TILBURG[1],
        AZC_TER_APEL[0], AZC_TER_APEL[1]) * 1.3));
    assertThat(oisterwijk.reden()).contains("13 km", "10 km hemelsbreed", "omrijfactor 1,3");
  }

  @Test
  void eenDegraadBreedteIsOngeveer111Kilometer() {
    assertThat(Reisafstand.hemelsbreedKm(51, 5, 52, 5)).isCloseTo(111.2, within(0.1));
    // one degree of longitude shrinks with the cosine of the latitude
    assertThat(Reisafstand.hemelsbreedKm(52, 5, 52, 6)).isCloseTo(111.2 * Math.cos(Math.toRadians(52)), within(0.2));
  }

  @Test
  void deAfstandIsSymmetrischNulOpDezelfdePlekEnVoldoetAanDeDriehoeksongelijkheid() {
    List<double[]> plekken = List.of(TILBURG, AZC_OISTERWIJK, AZC_TER_APEL, AZC_GILZE, AZC_MAASTRICHT);
    for (double[] a : plekken) {
      assertThat(schat(a, a).km()).isZero();
      for (double[] b : plekken) {
        assertThat(hemelsbreed(a, b)).isCloseTo(hemelsbreed(b, a), within(1e-9));
        for (double[] c : plekken) {
          assertThat(hemelsbreed(a, c)).isLessThanOrEqualTo(hemelsbreed(a, b) + hemelsbreed(b, c) + 1e-9);
        }
      }
    }
  }

  @Test
  void eenIngevoerdeAfstandZegtDatHijIsIngevoerd() {
    Afstand a = Afstand.ingevoerd(42);
    assertThat(a.bron()).isEqualTo(Afstand.Bron.INGEVOERD);
    assertThat(a.hemelsbreedKm()).isNull();
    assertThat(a.reden()).contains("42 km", "ingevoerd");
  }

  private static Afstand schat(double[] a, double[] b) {
    return Reisafstand.schat(a[0], a[1], b[0], b[1]);
  }

  private static double hemelsbreed(double[] a, double[] b) {
    return Reisafstand.hemelsbreedKm(a[0], a[1], b[0], b[1]);
  }
}
