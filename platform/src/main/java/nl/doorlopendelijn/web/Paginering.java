package nl.doorlopendelijn.web;

/** The paging block of a list response: {@code { "<resources>": [...], "paginering": {...} }}. */
public record Paginering(int pagina, int paginaGrootte, long totaalAantal, long totaalPaginas) {

  public static Paginering van(int pagina, int paginaGrootte, long totaalAantal) {
    return new Paginering(pagina, paginaGrootte, totaalAantal, (totaalAantal + paginaGrootte - 1) / paginaGrootte);
  }
}
