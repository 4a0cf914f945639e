package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.web.Paginering;

/** The werkvoorraad as the API shows it: one page of items, mine first, by urgency ({@code Werkvolgorde}). */
@Schema(name = "Werkvoorraad")
record WerkvoorraadWeergave(
    List<Item> items,
    Paginering paginering,
    @Schema(description = "Of uw account aan uw vermelding in de contactpersonengids is gekoppeld (bevestigd): alleen"
        + " dan weet de werkvoorraad welke dossiers de uwe zijn") boolean gekoppeld,
    @Schema(description = "Waar de overige dossiers van zijn: uw gemeente, uw azc of uw regio, op naam",
        example = "Tilburg") String werkgebied) {

  /** One thing to do in one dossier. */
  @Schema(name = "WerkvoorraadItem")
  record Item(
      @Schema(description = "mijlpaal-te-laat, mijlpaal-binnenkort, verhuizing, gesprek of signaal") String soort,
      @Schema(example = "Mijlpaal te laat") String soortNaam,
      Dossier dossier,
      @Schema(example = "Driegesprek na koppeling is 5 dagen te laat (vervaldatum 3 december 2026).")
      String omschrijving,
      @Schema(description = "De vervaldatum, verhuisdatum of datum van het gesprek; bij een signaal de datum waar het"
          + " over gaat, of leeg") LocalDate datum,
      @Schema(description = "hoog, middel of laag") String urgentie,
      @Schema(example = "Hoog") String urgentieNaam,
      @Schema(description = "U bent de vaste contactpersoon of de casemanager van dit dossier") boolean mijn,
      @Schema(description = "De mijlpaal waar het item over gaat (code), of leeg") String mijlpaal,
      @Schema(example = "driegesprek na koppeling") String mijlpaalNaam,
      @Schema(description = "Bij soort signaal: de code van het signaal") String signaal,
      VolgendeActie volgendeActie) {

    @Override
    public String toString() {
      return "WerkvoorraadItem[" + soort + ", " + dossier.id() + "]";
    }
  }

  /** The dossier of an item: by number, gemeente and azc by name, who it is about (as the dossier list shows). */
  @Schema(name = "WerkvoorraadDossier")
  record Dossier(UUID id, String regio, String dossiernummer,
      @Schema(description = "CBS-code") String gemeente, @Schema(example = "Tilburg") String gemeenteNaam,
      String azcLocatie, @Schema(example = "azc Oisterwijk") String azcLocatieNaam,
      @Schema(description = "voornamen en achternaam") String naam) {

    @Override
    public String toString() {
      return "WerkvoorraadDossier[" + id + ", " + dossiernummer + "]";
    }
  }

  /** What to do next, and the page of the web interface where it is done. */
  @Schema(name = "VolgendeActie")
  record VolgendeActie(
      @Schema(description = "mijlpaal-afronden, verhuizing-bevestigen, contactpersoon-kiezen, dossier-wijzigen,"
          + " dossier-openen (en gesprek-vastleggen)") String code,
      @Schema(example = "Mijlpaal afronden") String naam,
      @Schema(description = "Het pad van de pagina", example = "/regio/hart-van-brabant/dossiers/…") String pad,
      @Schema(description = "GET (een pagina openen) of POST (een formulier dat naar de bevestigingsstap leidt)")
      String methode) {}
}
