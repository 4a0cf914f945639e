package nl.doorlopendelijn.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * What the dashboard needs to know of one overdrachtsdossier: codes and dates only, no personal data. The dossiers
 * module derives it from a dossier after every change and hands it to {@link DashboardFeiten#registreer}.
 *
 * @param gemeenteCode CBS code of the receiving gemeente, e.g. {@code GM0855}
 * @param azcCode the azc the inburgeraar comes from, e.g. {@code AZC-OISTERWIJK}
 * @param status the dossier's status code (the dossiers module's own vocabulary; shown as a column)
 * @param scenario the scenario the dossier follows
 * @param driegesprekVervaldatum the latest date the driegesprek is within the norm of the dossier's agreement
 * @param driegesprekDatum when the driegesprek took place, or {@code null}
 * @param klantprofielUpdateDatum when the COA updated the klantprofiel (TVS) for the move, or {@code null}
 * @param stilvalVanaf the first day on which the dossier counts as stalled (waiting for a house without activity
 *     for the region's {@code normen.stilvalNaDagen}), or {@code null} while it is not waiting for a house; judged by
 *     the dossiers module's one rule, so the dashboard only compares it with its day
 * @param openMijlpalenVervaldatum milestone type code (e.g. {@code brede-intake}) to due date, for every open one
 * @param afspraakVersieId the version of the samenwerkingsafspraak the dossier is planned by, or {@code null}
 * @param gesloten whether the dossier is closed (still counted per status; no longer stalled, overdue or moving)
 */
public record DossierFeit(
    UUID tenantId,
    UUID dossierId,
    String gemeenteCode,
    String azcCode,
    String status,
    Scenario scenario,
    LocalDate koppelingsdatum,
    LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum,
    LocalDate driegesprekVervaldatum,
    LocalDate driegesprekDatum,
    LocalDate klantprofielUpdateDatum,
    LocalDate stilvalVanaf,
    Map<String, LocalDate> openMijlpalenVervaldatum,
    UUID afspraakVersieId,
    boolean gesloten) {

  public DossierFeit {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(gemeenteCode, "gemeenteCode");
    Objects.requireNonNull(azcCode, "azcCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(scenario, "scenario");
    openMijlpalenVervaldatum = openMijlpalenVervaldatum == null ? Map.of() : Map.copyOf(openMijlpalenVervaldatum);
  }
}
