package nl.doorlopendelijn.notificaties;

import java.util.UUID;

/**
 * A notification whose recipient wants it by e-mail right away ({@link Bezorging#DIRECT}). Published through the
 * outbox ({@link nl.doorlopendelijn.outbox.Outbox#publish}) in the tenant transaction that inserts the
 * {@code notificatie} row, one event per row; heard after commit, at least once, by the mail part, which sends it
 * with the Message-ID {@code <notificatieId@doorlopendelijn.nl>} (a repeat sends the same one) and then sets the
 * row's {@code gemaild_op}. Ids only: the mail reads the row (dossier number and a link, nothing personal).
 *
 * @param tenantId the region (tenant) the {@code notificatie} row lives in
 * @param notificatieId the row's id
 */
public record NotificatieTeMailen(UUID tenantId, UUID notificatieId) {}
