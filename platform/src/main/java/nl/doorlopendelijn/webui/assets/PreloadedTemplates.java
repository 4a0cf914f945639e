package nl.doorlopendelijn.webui.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The Thymeleaf templates of the pages ({@code classpath:webui/templates/*.html}), read into memory at start-up:
 * rendering never reads a file on an event-loop thread. Replaces Boot's default resolver (same bean name).
 */
@Configuration(proxyBeanMethods = false)
class PreloadedTemplates {

  @Bean
  ITemplateResolver defaultTemplateResolver() {
    Map<String, String> templates = new HashMap<>();
    var resolver = new PathMatchingResourcePatternResolver(PreloadedTemplates.class.getClassLoader());
    try {
      for (Resource r : resolver.getResources("classpath*:webui/templates/*.html")) {
        try (InputStream in = r.getInputStream()) {
          templates.put(r.getFilename().replaceFirst("\\.html$", ""),
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var inMemory = new InMemoryResolver(Map.copyOf(templates));
    inMemory.setTemplateMode(TemplateMode.HTML);
    inMemory.setCacheable(true);
    inMemory.setCheckExistence(true);
    return inMemory;
  }

  /**
   * Thymeleaf initialises itself on the first render, reading service files from jars (BlockHound caught it on an
   * event-loop thread): initialise it and render one page at start-up instead.
   */
  @Bean
  org.springframework.beans.factory.SmartInitializingSingleton thymeleafWarmUp(
      org.thymeleaf.spring6.ISpringWebFluxTemplateEngine engine) {
    return () -> {
      engine.getConfiguration();
      var context = new org.thymeleaf.context.Context(java.util.Locale.forLanguageTag("nl-NL"));
      context.setVariable("titel", "Opstarten");
      context.setVariable("tekst", "");
      engine.process("melding", context);
    };
  }

  static final class InMemoryResolver extends AbstractConfigurableTemplateResolver {

    private final Map<String, String> templates;

    InMemoryResolver(Map<String, String> templates) {
      this.templates = templates;
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
        String template, String resourceName, String characterEncoding, Map<String, Object> attributes) {
      String text = templates.get(template);
      return text != null ? new StringTemplateResource(text) : new Missing(template);
    }
  }

  private record Missing(String name) implements ITemplateResource {
    @Override public String getDescription() { return name; }
    @Override public String getBaseName() { return name; }
    @Override public boolean exists() { return false; }
    @Override public java.io.Reader reader() throws IOException { throw new IOException("no template " + name); }
    @Override public ITemplateResource relative(String relativeLocation) { return new Missing(relativeLocation); }
  }
}
