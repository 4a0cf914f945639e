package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page control under a list: "pagina x van y" with links to the previous and next page that keep the list's
 * filters. Built from the API's paging block ({@code web.Paginering}: {@code pagina}, {@code totaalAantal},
 * {@code totaalPaginas}), or, for a list the API answers whole, by cutting that list into pages here ({@link #snijd}).
 *
 * @param pagina the page shown (from 1)
 * @param totaalPaginas at least 1
 * @param totaalAantal how many items the whole list has
 * @param vorige link to the previous page, or null on the first
 * @param volgende link to the next page, or null on the last
 */
public record Bladeren(int pagina, long totaalPaginas, long totaalAantal, String vorige, String volgende) {

  /** The page size of the lists on the pages (the API's default page size too). */
  static final int PAGINAGROOTTE = 20;

  /** Whether a control is worth showing: more than one page, or a page beyond the last. */
  public boolean nodig() {
    return totaalPaginas > 1 || pagina > totaalPaginas;
  }

  /**
   * From the API's {@code paginering} block; null when the answer has none.
   *
   * @param query the page's filters, kept in the links (the page parameter is replaced)
   * @param paginaParameter the name of the page parameter in the page's URL
   * @param pad the page's own path template, e.g. {@code /regio/{regio}/dossiers}, and its segments
   */
  static Bladeren van(Object paginering, Map<String, String> query, String paginaParameter, String pad,
      Object... segmenten) {
    if (!(paginering instanceof Map<?, ?> p)) {
      return null;
    }
    int pagina = (int) getal(p.get("pagina"), 1);
    long totaal = getal(p.get("totaalAantal"), 0);
    long paginas = getal(p.get("totaalPaginas"), 0);
    return maak(pagina, paginas, totaal, query, paginaParameter, pad, segmenten);
  }

  /** One page of a list the API gave whole; the page number is clamped to 1 and above. */
  static <T> Pagina<T> snijd(List<T> alles, int pagina, Map<String, String> query, String paginaParameter,
      String pad, Object... segmenten) {
    int p = Math.max(1, pagina);
    long paginas = (alles.size() + PAGINAGROOTTE - 1) / PAGINAGROOTTE;
    int van = (int) Math.min((long) (p - 1) * PAGINAGROOTTE, alles.size());
    int tot = Math.min(van + PAGINAGROOTTE, alles.size());
    return new Pagina<>(alles.subList(van, tot), maak(p, paginas, alles.size(), query, paginaParameter, pad, segmenten));
  }

  /** A page number from the URL: absent is 1; anything else that is not a whole number of at least 1 is null. */
  static Integer paginanummer(String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(waarde.trim());
      return n >= 1 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The items of one page and the control for it. */
  public record Pagina<T>(List<T> items, Bladeren bladeren) {}

  private static Bladeren maak(int pagina, long paginas, long totaal, Map<String, String> query,
      String paginaParameter, String pad, Object[] segmenten) {
    long aantal = Math.max(1, paginas);
    String vorige = pagina > 1 ? link(query, paginaParameter, (int) Math.min(pagina - 1, aantal), pad, segmenten) : null;
    String volgende = pagina < aantal ? link(query, paginaParameter, pagina + 1, pad, segmenten) : null;
    return new Bladeren(pagina, aantal, totaal, vorige, volgende);
  }

  private static String link(Map<String, String> query, String paginaParameter, int pagina, String pad,
      Object[] segmenten) {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.remove(paginaParameter);
    if (pagina > 1) {
      q.put(paginaParameter, Integer.toString(pagina));
    }
    return Paden.metQuery(pad, q, segmenten);
  }

  private static long getal(Object waarde, long standaard) {
    return waarde instanceof Number n ? n.longValue() : standaard;
  }
}
