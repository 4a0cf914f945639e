package nl.doorlopendelijn.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module (the one of the test's package) without the rest of the platform: Spring Modulith's
 * {@link ApplicationModuleTest}, against the same real PostgreSQL and test issuers as {@link PlatformTest}
 * ({@link PlatformTestInitializer}), with the test clock and the regions of {@code tenants/} synchronised before the
 * first test ({@link ModuleTestConfiguratie}). Every test class of one module with the same attributes shares one
 * context; each distinct module context costs its own start-up (docs/architecture.md, Testing).
 *
 * <p>The module structure is verified once by {@code ModularityTest}, not again by every module context; the
 * OpenAPI document is not built (it is the whole platform's).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(verifyAutomatically = false)
@ContextConfiguration(initializers = PlatformTestInitializer.class)
@Import(ModuleTestConfiguratie.class)
// the OpenAPI document is the platform's (OpenApiDocumentTest, ApiLintTest); building it costs seconds per context
@TestPropertySource(properties = "springdoc.api-docs.enabled=false")
public @interface ModuleTest {

  /** Which of the module's dependencies boot with it (Spring Modulith: STANDALONE, DIRECT_DEPENDENCIES, ...). */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
  BootstrapMode mode() default BootstrapMode.STANDALONE;

  /** Further modules to boot, by name (e.g. {@code tenancy} for the tenant-bound transaction). */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
  String[] extraIncludes() default {};
}
