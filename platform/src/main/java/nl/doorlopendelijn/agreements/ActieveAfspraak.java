package nl.doorlopendelijn.agreements;

import java.time.LocalDate;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * The version of an agreement that is in force, as other modules plan with it.
 *
 * @param afspraakId the agreement (stable over its versions)
 * @param versieId the version in force; a dossier remembers it and moves on {@link AfspraakVersieGeactiveerd}
 * @param scenario the scenario the agreement prescribes
 * @param mengvorm what the agreement's mengvorm places before the move; {@code null} unless the scenario is a
 *     mengvorm (and for a mengvorm agreed before it could be stated: then a dossier states its own)
 */
public record ActieveAfspraak(UUID tenantId, UUID afspraakId, UUID versieId, int versienummer, String azcCode,
    Scenario scenario, AfspraakMengvorm mengvorm, AfspraakNormen normen, LocalDate geldigVanaf,
    LocalDate geldigTot) {}
