package nl.doorlopendelijn.tenancy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.doorlopendelijn.web.InvalidParam;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates region descriptors. Every error names its field; errors of a file also name the file,
 * so a broken descriptor fails the build (and the start) with a message a person can act on.
 */
public final class TenantDescriptors {

  public static final String FILE_NAME = "tenant.yaml";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();
  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private TenantDescriptors() {}

  /** A descriptor file that failed validation. */
  public static final class InvalidDescriptorException extends RuntimeException {
    private final transient List<InvalidParam> errors;

    public InvalidDescriptorException(String source, List<InvalidParam> errors) {
      super(source + " is ongeldig:\n" + errors.stream()
          .map(e -> "  - " + source + ": " + e.name() + " " + e.reason())
          .collect(Collectors.joining("\n")));
      this.errors = List.copyOf(errors);
    }

    public List<InvalidParam> errors() {
      return errors;
    }
  }

  /** Every validation error of a descriptor at once (empty when it is valid). */
  public static List<InvalidParam> validate(TenantDescriptor d) {
    List<InvalidParam> errors = new ArrayList<>();
    for (ConstraintViolation<TenantDescriptor> v : VALIDATOR.validate(d)) {
      String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      errors.add(new InvalidParam(v.getPropertyPath().toString(), codeOf(code), v.getMessage()));
    }
    if (d.gemeenten() != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < d.gemeenten().size(); i++) {
        var g = d.gemeenten().get(i);
        if (g != null && g.cbsCode() != null && !seen.add(g.cbsCode())) {
          errors.add(new InvalidParam("gemeenten[" + i + "].cbsCode", "duplicate", "komt dubbel voor: " + g.cbsCode()));
        }
      }
    }
    if (d.regionaalAzc() != null && d.azcLocaties() != null && !d.azcLocaties().contains(d.regionaalAzc())) {
      errors.add(new InvalidParam("regionaalAzc", "unknown", "moet een van de azcLocaties van de regio zijn"));
    }
    validateAanbieders(d, errors);
    errors.sort(Comparator.comparing(InvalidParam::name));
    return errors;
  }

  /** The region's identity providers: each bound to a gemeente of the region, no alias twice. */
  private static void validateAanbieders(TenantDescriptor d, List<InvalidParam> errors) {
    if (d.identiteitsaanbieders() == null) {
      return;
    }
    Set<String> gemeenten = d.gemeenten() == null ? Set.of() : d.gemeenten().stream()
        .filter(g -> g != null && g.cbsCode() != null).map(TenantDescriptor.Gemeente::cbsCode)
        .collect(Collectors.toSet());
    Set<String> aliassen = new HashSet<>();
    for (int i = 0; i < d.identiteitsaanbieders().size(); i++) {
      var a = d.identiteitsaanbieders().get(i);
      if (a == null) {
        continue;
      }
      String veld = "identiteitsaanbieders[" + i + "]";
      if (a.alias() != null && !a.alias().isBlank() && !aliassen.add(a.alias())) {
        errors.add(new InvalidParam(veld + ".alias", "duplicate", "komt dubbel voor: " + a.alias()));
      }
      if (a.gemeente() != null && a.gemeente().matches("^GM[0-9]{4}$") && !gemeenten.contains(a.gemeente())) {
        errors.add(new InvalidParam(veld + ".gemeente", "unknown",
            "moet een van de gemeenten van de regio zijn: " + a.gemeente() + " is dat niet"));
      }
    }
  }

  /** Parses YAML (or JSON) into a descriptor, or throws with every error found. */
  public static TenantDescriptor parse(String source, byte[] content) {
    TenantDescriptor d;
    try {
      d = YAML.readValue(content, TenantDescriptor.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidDescriptorException(source, List.of(new InvalidParam(path(e), "unknown",
          "is geen bekend veld")));
    } catch (DatabindException e) {
      throw new InvalidDescriptorException(source, List.of(new InvalidParam(path(e), "type",
          "heeft een ongeldige waarde of vorm")));
    } catch (JacksonException e) {
      throw new InvalidDescriptorException(source, List.of(new InvalidParam("(bestand)", "syntax",
          "is geen geldige YAML (regel " + e.getLocation().getLineNr() + ")")));
    }
    if (d == null) {
      throw new InvalidDescriptorException(source, List.of(new InvalidParam("(bestand)", "required", "is leeg")));
    }
    List<InvalidParam> errors = validate(d);
    if (!errors.isEmpty()) {
      throw new InvalidDescriptorException(source, errors);
    }
    return d;
  }

  /**
   * Loads every {@code <dir>/<slug>/tenant.yaml}; the folder name must equal the slug. Blocking file I/O: call it
   * off the event loop.
   */
  public static List<TenantDescriptor> loadAll(Path tenantsDir) {
    if (!Files.isDirectory(tenantsDir)) {
      throw new IllegalStateException("map met regio's niet gevonden: " + tenantsDir.toAbsolutePath());
    }
    List<TenantDescriptor> result = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(tenantsDir)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
          continue;
        }
        String source = tenantsDir.getFileName() + "/" + dir.getFileName() + "/" + FILE_NAME;
        TenantDescriptor d = parse(source, Files.readAllBytes(file));
        if (!d.slug().equals(dir.getFileName().toString())) {
          throw new InvalidDescriptorException(source, List.of(new InvalidParam("slug", "mismatch",
              "moet gelijk zijn aan de mapnaam '" + dir.getFileName() + "'")));
        }
        result.add(d);
      }
    } catch (IOException e) {
      throw new IllegalStateException("kan " + tenantsDir + " niet lezen", e);
    }
    return result;
  }

  private static String path(DatabindException e) {
    String p = e.getPath().stream()
        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining());
    return p.startsWith(".") ? p.substring(1) : p.isEmpty() ? "(bestand)" : p;
  }

  private static String codeOf(String constraint) {
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Pattern" -> "pattern";
      case "Min", "Max" -> "range";
      default -> constraint.toLowerCase();
    };
  }
}
