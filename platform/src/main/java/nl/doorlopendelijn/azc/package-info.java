/**
 * Azc-locaties: the COA reception centres, national reference data shared by every region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Azc-locaties")
package nl.doorlopendelijn.azc;
