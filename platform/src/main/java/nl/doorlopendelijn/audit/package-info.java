/**
 * Audit: the append-only log of who did what with which object (BIO 8.15.01; trace id as in the Logboek
 * Dataverwerkingen standard). Records hold no personal data, are written in the same transaction as the work they
 * describe, and outlive it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.doorlopendelijn.audit;
