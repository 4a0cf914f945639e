/**
 * Samenwerkingsafspraken: the agreements between the gemeenten of a region and an azc (scenario, norms, validity,
 * parties and their signatures, versions). Its API for other modules: {@link
 * nl.doorlopendelijn.agreements.Samenwerkingsafspraken} (the norms in force), the event {@link
 * nl.doorlopendelijn.agreements.AfspraakVersieGeactiveerd}, the port {@link
 * nl.doorlopendelijn.agreements.ContactpersoonLookup} (answered by the contactpersonengids) and {@link
 * nl.doorlopendelijn.agreements.AgreementSignals} (a contact who left the directory raises a signal).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Samenwerkingsafspraken")
package nl.doorlopendelijn.agreements;
