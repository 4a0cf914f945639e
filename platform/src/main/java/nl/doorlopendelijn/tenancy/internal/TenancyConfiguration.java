package nl.doorlopendelijn.tenancy.internal;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IssuerSettings.class, DatabaseTijdslimieten.class})
class TenancyConfiguration {

  /**
   * Wraps Boot's pool bean so that a cancelled checkout can never put a connection in use back in the pool
   * ({@link CancelSafeConnectionPool}). Static: a post-processor must not wait for this configuration's beans.
   */
  @Bean
  static BeanPostProcessor cancelSafePool() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ConnectionPool pool ? new CancelSafeConnectionPool(pool) : bean;
      }
    };
  }

  /** Replaces Boot's transaction manager: every transaction of the platform is tenant-bound through it. */
  @Bean
  ReactiveTransactionManager transactionManager(ConnectionFactory connectionFactory) {
    return new TenantBoundTransactionManager(connectionFactory);
  }

  /**
   * Under the pool (Boot applies decorators to the factory the pool creates its connections with): a server that
   * stops answering gives a timeout, and the pool drops the connection (docs/operations.md).
   */
  @Bean
  ConnectionFactoryDecorator stilteGrens(DatabaseTijdslimieten limieten,
      @Value("${doorlopendelijn.database.gelijktijdige-statements:waarschuwen}") String gelijktijdig) {
    return factory -> new SilenceBoundConnectionFactory(factory, limieten,
        SilenceBoundConnectionFactory.Gelijktijdig.valueOf(gelijktijdig.toUpperCase(java.util.Locale.ROOT)));
  }
}
