package nl.doorlopendelijn.notificaties.mail;

/**
 * One mail as it goes out: to one work address, plain text, with a fixed Message-ID and perhaps an invitation.
 *
 * @param messageId without angle brackets: {@code <id>@doorlopendelijn.nl}
 * @param uitnodiging an iCalendar text to attach (text/calendar), or {@code null}
 */
record Mail(String aan, String onderwerp, String tekst, String messageId, String uitnodiging) {

  static final String DOMEIN = "doorlopendelijn.nl";

  static String messageId(java.util.UUID id) {
    return id + "@" + DOMEIN;
  }
}
