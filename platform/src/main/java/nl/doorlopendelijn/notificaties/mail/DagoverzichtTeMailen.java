package nl.doorlopendelijn.notificaties.mail;

import java.util.UUID;

/**
 * A recipient's digest of one day is made ({@code notificatie_dagoverzicht}, its notificaties marked): published through
 * the outbox in that transaction, heard after commit by {@link Dagoverzichten#listener}, which mails it. Ids only.
 */
public record DagoverzichtTeMailen(UUID tenantId, UUID dagoverzichtId) {}
