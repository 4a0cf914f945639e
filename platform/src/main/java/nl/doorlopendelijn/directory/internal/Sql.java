package nl.doorlopendelijn.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;

/** A query put together from optional parts; every value is a bound parameter, never concatenated. */
final class Sql {

  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> binds = new LinkedHashMap<>();

  Sql where(String condition) {
    where.add(condition);
    return this;
  }

  Sql bind(String name, Object value) {
    binds.put(name, value);
    return this;
  }

  /** A text value that may be null, typed so PostgreSQL knows what it is. */
  static org.springframework.r2dbc.core.Parameter nullable(String value) {
    return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, String.class);
  }

  String whereClause() {
    return where.isEmpty() ? "true" : String.join(" and ", where);
  }

  DatabaseClient.GenericExecuteSpec apply(DatabaseClient.GenericExecuteSpec spec) {
    for (var e : binds.entrySet()) {
      spec = spec.bind(e.getKey(), e.getValue());
    }
    return spec;
  }
}
