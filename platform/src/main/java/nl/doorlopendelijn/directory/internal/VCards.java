package nl.doorlopendelijn.directory.internal;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import nl.doorlopendelijn.directory.Contactpersoon;

/**
 * A contactpersoon as a vCard, written by ez-vcard (escaping and line folding per the RFCs). Version 3.0
 * (RFC 2426): Outlook imports it reliably, 4.0 only partly; every phone reads both.
 */
final class VCards {

  private VCards() {}

  public static String van(Contactpersoon c) {
    VCard v = new VCard();
    v.setFormattedName(c.naam());
    v.setStructuredName(naam(c.naam()));
    v.setOrganization(c.organisatieNaam());
    v.addTitle(c.functie());
    if (c.email() != null) {
      v.addEmail(c.email(), EmailType.WORK, EmailType.INTERNET);
    }
    if (c.telefoon() != null) {
      v.addTelephoneNumber(c.telefoon(), TelephoneType.WORK, TelephoneType.VOICE);
    }
    v.setUid(new Uid("urn:uuid:" + c.id()));
    // vCard 3.0 has no LANG property: languages and training go into the note
    StringBuilder note = new StringBuilder();
    if (!c.talen().isEmpty()) {
      note.append("Talen: ").append(String.join(", ", c.talen())).append(". ");
    }
    if (c.getraindOp() != null) {
      note.append("Getraind in de warme overdracht op ").append(c.getraindOp()).append('.');
    }
    if (!note.isEmpty()) {
      v.addNote(note.toString().strip());
    }
    return Ezvcard.write(v).version(VCardVersion.V3_0).prodId(false).go();
  }

  /**
   * vCard 3.0 needs N. We store one name as people write it; the first word is taken as given name and the rest
   * (tussenvoegsel included, "de Vries") as family name: right for most Dutch names, harmless otherwise.
   */
  private static StructuredName naam(String volledig) {
    StructuredName n = new StructuredName();
    String[] delen = volledig.strip().split("\\s+", 2);
    if (delen.length == 2) {
      n.setGiven(delen[0]);
      n.setFamily(delen[1]);
    } else {
      n.setFamily(delen[0]);
    }
    return n;
  }
}
