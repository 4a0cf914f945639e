/**
 * Overdrachtsdossiers: one dossier per inburgeraar from koppeling to the start of inburgering, its milestones
 * (planned by {@code planning}), its signals, the scenario advice ({@code advies}) and the audit of every look.
 * The API of this module: its ports ({@link nl.doorlopendelijn.dossiers.AfspraakNormen},
 * {@link nl.doorlopendelijn.dossiers.ContactpersoonStatusPort}), answered inside the module
 * ({@code internal.KoppelingenMetAndereModules}) over the agreements' and the directory's APIs, and what other
 * modules may call directly ({@link nl.doorlopendelijn.dossiers.Dossiers},
 * {@link nl.doorlopendelijn.dossiers.DossierSignals}; none does today: their events come through the outbox).
 * What others hear of a dossier goes out through the outbox in the transaction of the change (ids and codes only):
 * {@link nl.doorlopendelijn.dossiers.DossierAangemaakt}, {@link nl.doorlopendelijn.dossiers.GesprekGepland},
 * {@link nl.doorlopendelijn.dossiers.MijlpaalAfgerond} and {@link nl.doorlopendelijn.dossiers.SignaalOntstaan}
 * (a signal on its transition from absent to present), heard by the notificaties.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package nl.doorlopendelijn.dossiers;
