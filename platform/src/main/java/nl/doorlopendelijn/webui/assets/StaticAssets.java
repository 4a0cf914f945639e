package nl.doorlopendelijn.webui.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The pages' CSS and the two WebJar scripts (htmx and its SSE extension), read into memory once at start-up and
 * served from there: no file or jar reads on an event-loop thread, an ETag per file.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets {

  static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
  static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";

  record Asset(byte[] bytes, MediaType type, String etag) {}

  @Bean
  RouterFunction<ServerResponse> staticAssetRoutes() {
    Map<String, Asset> assets = load();
    return RouterFunctions.route()
        .GET("/assets/{*pad}", request -> serve(assets, request.path(), request))
        .GET("/webjars/{*pad}", request -> serve(assets, request.path(), request))
        .build();
  }

  private static reactor.core.publisher.Mono<ServerResponse> serve(Map<String, Asset> assets, String path,
      org.springframework.web.reactive.function.server.ServerRequest request) {
    Asset asset = assets.get(path);
    if (asset == null) {
      return ServerResponse.notFound().build();
    }
    if (request.headers().header("If-None-Match").contains(asset.etag())) {
      return ServerResponse.status(304).eTag(asset.etag()).build();
    }
    return ServerResponse.ok().contentType(asset.type()).eTag(asset.etag())
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .bodyValue(asset.bytes());
  }

  private static Map<String, Asset> load() {
    var resolver = new PathMatchingResourcePatternResolver(StaticAssets.class.getClassLoader());
    Map<String, Asset> assets = new HashMap<>();
    try {
      for (Resource r : resolver.getResources("classpath*:webui/assets/*")) {
        assets.put("/assets/" + r.getFilename(), asset(r));
      }
      for (String webjar : new String[] {HTMX, HTMX_SSE}) {
        assets.put(webjar, asset(resolver.getResource("classpath:META-INF/resources" + webjar)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(assets);
  }

  private static Asset asset(Resource resource) throws IOException {
    byte[] bytes;
    try (InputStream in = resource.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String name = resource.getFilename();
    MediaType type = name.endsWith(".css") ? MediaType.valueOf("text/css;charset=UTF-8")
        : name.endsWith(".js") ? MediaType.valueOf("text/javascript;charset=UTF-8")
        : name.endsWith(".svg") ? MediaType.valueOf("image/svg+xml") : MediaType.APPLICATION_OCTET_STREAM;
    return new Asset(bytes, type, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
  }
}
