package nl.doorlopendelijn.dossiers.advies;

/**
 * Estimates the distance over the road between two places from where they lie (WGS84 degrees): the straight line
 * on the earth's surface (haversine, mean earth radius 6371 km) times a detour factor of 1.3, the usual ratio
 * between road and straight-line distance in the Netherlands. Rounded to whole kilometres. Good enough for a
 * threshold of tens of kilometres; a user who knows the real distance enters it, and that wins.
 */
public final class Reisafstand {

  /** Road distance per straight-line kilometre. */
  public static final double OMRIJFACTOR = 1.3;
  static final String OMRIJFACTOR_TEKST = "omrijfactor 1,3";
  static final double AARDSTRAAL_KM = 6371.0;

  private Reisafstand() {}

  /** The straight-line distance in kilometres (not rounded). */
  public static double hemelsbreedKm(double breedte1, double lengte1, double breedte2, double lengte2) {
    double f1 = Math.toRadians(breedte1);
    double f2 = Math.toRadians(breedte2);
    double df = Math.toRadians(breedte2 - breedte1);
    double dl = Math.toRadians(lengte2 - lengte1);
    double a = Math.sin(df / 2) * Math.sin(df / 2) + Math.cos(f1) * Math.cos(f2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** The estimated distance over the road between two places, with the straight line behind it. */
  public static Afstand schat(double breedte1, double lengte1, double breedte2, double lengte2) {
    double hemelsbreed = hemelsbreedKm(breedte1, lengte1, breedte2, lengte2);
    return new Afstand((int) Math.round(hemelsbreed * OMRIJFACTOR), Afstand.Bron.BEREKEND,
        (int) Math.round(hemelsbreed));
  }
}
