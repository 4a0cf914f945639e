package nl.doorlopendelijn.dashboard.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dashboard as one kind of viewer may see it (the JSON of the API and of every live event). A figure is a
 * {@link Getal}: {@code {"waarde": 12}}, or {@code {"onderdrukt": true, "weergave": "x"}} without the number (one
 * label for every suppressed figure), or
 * {@code {"geenGegevens": true}} when there is nothing to compute it from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Dashboard")
record DashboardWeergave(
    @Schema(description = "volledig, onderdrukt, eigen-gemeente of eigen-azc") String zicht,
    @Schema(description = "De eigen gemeente (eigen-gemeente) of het eigen azc (eigen-azc)") String eigenCode,
    List<RegioVerwijzing> regios,
    @Schema(description = "Onder deze drempel worden aantallen onderdrukt") int drempel,
    @Schema(description = "De dag waarop datumafhankelijke cijfers (komende 14 dagen, verlopen, stilgevallen) zijn berekend")
    LocalDate peildatum,
    Getal dossiers,
    Tabel dossiersPerGemeenteEnStatus,
    Tabel dossiersPerGemeenteEnScenario,
    Lijst dossiersPerAzc,
    @Schema(description = "Percentage driegesprekken binnen de norm (gehouden of over tijd)") Getal driegesprekkenBinnenNorm,
    Getal mediaanDagenKoppelingTotDriegesprek,
    Getal mediaanDagenKoppelingTotVerhuizing,
    @Schema(description = "Verhuizingen in de komende 14 dagen zonder klantprofiel-update, per gemeente")
    Lijst verhuizingenZonderKlantprofielUpdate,
    @Schema(description = "Dossiers die op een woning wachten zonder activiteit sinds normen.stilvalNaDagen"
        + " (dezelfde regel als het signaal stilval), per gemeente")
    Lijst stilgevallenDossiers,
    @Schema(description = "Open mijlpalen over hun vervaldatum, per mijlpaaltype") Lijst verlopenMijlpalen,
    @Schema(description = "Percentage inburgeraars uit het regionale azc (regioplaatsing)") Getal regioplaatsing,
    List<GemeenteKengetallen> perGemeente,
    List<AfspraakKengetallen> afspraken) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "DashboardGetal")
  public record Getal(Number waarde, Boolean onderdrukt, String weergave, Boolean geenGegevens) {

    static Getal van(long waarde) {
      return new Getal(waarde, null, null, null);
    }

    static Getal van(java.math.BigDecimal waarde) {
      return new Getal(waarde, null, null, null);
    }

    static Getal verborgen(String weergave) {
      return new Getal(null, true, weergave, null);
    }

    static Getal leeg() {
      return new Getal(null, null, null, true);
    }
  }

  public record RegioVerwijzing(String slug, String naam) {}

  public record Code(String code, String naam) {}

  @Schema(name = "DashboardTabel")
  public record Tabel(List<Code> rijen, List<String> kolommen, List<List<Getal>> cellen, List<Getal> rijTotalen,
      List<Getal> kolomTotalen, Getal totaal) {}

  @Schema(name = "DashboardLijst")
  public record Lijst(List<LijstItem> items, Getal totaal) {}

  public record LijstItem(String code, String naam, Getal aantal) {}

  public record GemeenteKengetallen(String code, String naam, Getal driegesprekkenBinnenNorm,
      Getal mediaanDagenKoppelingTotDriegesprek, Getal mediaanDagenKoppelingTotVerhuizing, Getal regioplaatsing) {}

  public record AfspraakKengetallen(UUID afspraakId, UUID versieId, int versienummer, String regio, String azc,
      String scenario, DriegesprekNorm driegesprekNorm, Getal dossiers, Getal driegesprekkenBinnenNorm,
      Getal mediaanDagenKoppelingTotDriegesprek) {}

  public record DriegesprekNorm(String anker, int dagen) {}
}
