package nl.doorlopendelijn.dossiers.planning;

/** The dossier's one vaste contactpersoon: there, never assigned, or left the organisation. */
public enum ContactpersoonStatus {
  AANWEZIG,
  ONTBREEKT,
  VERTROKKEN
}
