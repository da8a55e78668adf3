package org.grantwise.interfaces.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times as people in the UK read them. */
final class LocalDateTimeText {

  private LocalDateTimeText() {}

  static String now(DateTimeFormatter format, ZoneId zone) {
    return ZonedDateTime.now(zone).format(format);
  }
}
