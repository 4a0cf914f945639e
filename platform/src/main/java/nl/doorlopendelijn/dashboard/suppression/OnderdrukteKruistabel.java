package nl.doorlopendelijn.dashboard.suppression;

import java.util.List;

/** A {@link Kruistabel} as it may be shown: every cell and total either visible or suppressed. */
public record OnderdrukteKruistabel(
    List<String> rijen,
    List<String> kolommen,
    List<List<Cel>> cellen,
    List<Cel> rijTotalen,
    List<Cel> kolomTotalen,
    Cel totaal) {

  public OnderdrukteKruistabel {
    rijen = List.copyOf(rijen);
    kolommen = List.copyOf(kolommen);
    cellen = cellen.stream().map(List::copyOf).toList();
    rijTotalen = List.copyOf(rijTotalen);
    kolomTotalen = List.copyOf(kolomTotalen);
  }

  public Cel cel(int rij, int kolom) {
    return cellen.get(rij).get(kolom);
  }
}
