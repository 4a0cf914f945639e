package nl.doorlopendelijn.web;

/**
 * The paging block of every paged list response: {@code { "<resources>": [...], "paginering": {...} }}, the only
 * spelling the API has (checked on the OpenAPI document by {@code EenPagineringTest}). Pages are asked for with
 * {@code pagina} and {@code paginaGrootte}, read by {@link Parameters#pagina}.
 */
public record Paginering(int pagina, int paginaGrootte, long totaalAantal, long totaalPaginas) {

  public static final int STANDAARD_PAGINAGROOTTE = 20;
  public static final int MAX_PAGINAGROOTTE = 100;
  /** The highest page number: the offset of its first item still fits an int whatever the page size. */
  public static final int MAX_PAGINA = Integer.MAX_VALUE / MAX_PAGINAGROOTTE;

  public static Paginering van(int pagina, int paginaGrootte, long totaalAantal) {
    return new Paginering(pagina, paginaGrootte, totaalAantal, (totaalAantal + paginaGrootte - 1) / paginaGrootte);
  }

  public static Paginering van(Vraag vraag, long totaalAantal) {
    return van(vraag.pagina(), vraag.paginaGrootte(), totaalAantal);
  }

  /** The page a request asks for (already validated). */
  public record Vraag(int pagina, int paginaGrootte) {

    public long offset() {
      return (long) (pagina - 1) * paginaGrootte;
    }
  }
}
