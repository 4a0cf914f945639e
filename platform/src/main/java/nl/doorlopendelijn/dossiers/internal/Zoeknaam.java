package nl.doorlopendelijn.dossiers.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation of a name for search, used for the stored {@code dossier.zoeknaam} and for the search text
 * alike: diacritics removed, lower case, runs of white space as one space ("Çelik  Özdemir" → "celik ozdemir").
 */
final class Zoeknaam {

  private Zoeknaam() {}

  static String van(String tekst) {
    if (tekst == null) {
      return null;
    }
    String zonder = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
        .replace('ı', 'i').replace('đ', 'd').replace('Đ', 'd');
    return zonder.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** A LIKE pattern that finds {@code tekst} anywhere, with LIKE's own characters escaped (escape '\'). */
  static String overal(String genormaliseerd) {
    return "%" + genormaliseerd.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
