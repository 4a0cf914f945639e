package nl.doorlopendelijn.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link RegionScope} parameter of a handler about one dossier: a COA liaison whose only link with the region
 * is an open dossier of her azc ({@link CoaToegang#ALLEEN_DOSSIERS}) may enter here, and nowhere else in the region.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EnkelDossier {}
