package org.grantwise.domain.model.report;

import java.util.Map;

/**
 * Raw counts from the database for one group: N (respondents whose most recent record answered the
 * category) and, per item code, how many of them listed it.
 */
public record CmoCounts(String key, long n, Map<String, Long> items) {

  public CmoCounts {
    items = Map.copyOf(items);
  }
}
