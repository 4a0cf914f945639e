/**
 * Overdrachtsdossiers: one dossier per inburgeraar from koppeling to the start of inburgering, its milestones
 * (planned by {@code planning}), its signals, the scenario advice ({@code advies}) and the audit of every look.
 * The API of this module: the ports other modules implement ({@link nl.doorlopendelijn.dossiers.AfspraakNormen},
 * {@link nl.doorlopendelijn.dossiers.ContactpersoonStatusPort})
 * and what they may call ({@link nl.doorlopendelijn.dossiers.Dossiers},
 * {@link nl.doorlopendelijn.dossiers.DossierSignals}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package nl.doorlopendelijn.dossiers;
