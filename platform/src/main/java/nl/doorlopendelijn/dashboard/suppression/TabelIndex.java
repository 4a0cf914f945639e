package nl.doorlopendelijn.dashboard.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table with its totals out as one array of entries: the cells row by row, then the row
 * totals, the column totals and the grand total.
 */
record TabelIndex(int rijen, int kolommen) {

  int cel(int r, int k) {
    return r * kolommen + k;
  }

  int rijTotaal(int r) {
    return rijen * kolommen + r;
  }

  int kolomTotaal(int k) {
    return rijen * kolommen + rijen + k;
  }

  int totaal() {
    return rijen * kolommen + rijen + kolommen;
  }

  long[] waarden(Kruistabel tabel) {
    long[] waarden = new long[totaal() + 1];
    for (int r = 0; r < rijen; r++) {
      for (int k = 0; k < kolommen; k++) {
        waarden[cel(r, k)] = tabel.aantal(r, k);
      }
      waarden[rijTotaal(r)] = tabel.rijTotaal(r);
    }
    for (int k = 0; k < kolommen; k++) {
      waarden[kolomTotaal(k)] = tabel.kolomTotaal(k);
    }
    waarden[totaal()] = tabel.totaal();
    return waarden;
  }

  boolean[] isTotaal() {
    boolean[] isTotaal = new boolean[totaal() + 1];
    for (int i = rijen * kolommen; i < isTotaal.length; i++) {
      isTotaal[i] = true;
    }
    return isTotaal;
  }

  /** Each row and column with its total, and the row totals and column totals with the grand total. */
  List<int[]> relaties() {
    List<int[]> relaties = new ArrayList<>();
    for (int r = 0; r < rijen; r++) {
      int[] relatie = new int[kolommen + 1];
      for (int k = 0; k < kolommen; k++) {
        relatie[k] = cel(r, k);
      }
      relatie[kolommen] = rijTotaal(r);
      relaties.add(relatie);
    }
    for (int k = 0; k < kolommen; k++) {
      int[] relatie = new int[rijen + 1];
      for (int r = 0; r < rijen; r++) {
        relatie[r] = cel(r, k);
      }
      relatie[rijen] = kolomTotaal(k);
      relaties.add(relatie);
    }
    int[] rijTotalen = new int[rijen + 1];
    for (int r = 0; r < rijen; r++) {
      rijTotalen[r] = rijTotaal(r);
    }
    rijTotalen[rijen] = totaal();
    relaties.add(rijTotalen);
    int[] kolomTotalen = new int[kolommen + 1];
    for (int k = 0; k < kolommen; k++) {
      kolomTotalen[k] = kolomTotaal(k);
    }
    kolomTotalen[kolommen] = totaal();
    relaties.add(kolomTotalen);
    return relaties;
  }
}
