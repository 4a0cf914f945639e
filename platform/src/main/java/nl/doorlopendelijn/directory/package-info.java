/**
 * Directory: the shared contactpersonengids. Organisations (gemeenten, azc's, COA regional offices, partners) and
 * their contactpersonen, one national directory that every region and COA reads, with edit rights where they
 * belong. National data: no tenant, no row-level security; every change is audited as a platform record.
 *
 * <p>Other modules use {@link nl.doorlopendelijn.directory.Contactpersonen} (lookup by id, by organisation,
 * availability) and listen for {@link nl.doorlopendelijn.directory.ContactpersoonVertrokken}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contactpersonengids")
package nl.doorlopendelijn.directory;
