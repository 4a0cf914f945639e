package nl.doorlopendelijn.tenancy.internal;

import java.nio.file.Path;
import java.util.List;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantDescriptors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The regions as code: the descriptors in {@code tenants/}, read and validated once while the application starts
 * (on the main thread, before any request), so a broken descriptor stops the start with a message that names
 * the file and the field.
 */
@Component
class DescriptorSource {

  private static final Logger log = LoggerFactory.getLogger(DescriptorSource.class);

  private final List<TenantDescriptor> descriptors;

  DescriptorSource(@Value("${doorlopendelijn.tenants-dir}") String tenantsDir) {
    this.descriptors = TenantDescriptors.loadAll(Path.of(tenantsDir));
    log.info("{} regio-descriptor(s) gelezen uit {}: {}", descriptors.size(), tenantsDir,
        descriptors.stream().map(TenantDescriptor::slug).toList());
  }

  List<TenantDescriptor> descriptors() {
    return descriptors;
  }

  boolean definesSlug(String slug) {
    return descriptors.stream().anyMatch(d -> d.slug().equals(slug));
  }
}
