package nl.doorlopendelijn.directory.web;

import nl.doorlopendelijn.directory.internal.Pagina;

/** Where a page sits in a result; {@code pagina} counts from 1. */
record Paginering(int pagina, int paginaGrootte, long totaalAantal, long totaalPaginas) {

  static Paginering van(Pagina<?> p) {
    return new Paginering(p.pagina(), p.paginaGrootte(), p.totaalAantal(), p.totaalPaginas());
  }
}
