package org.grantwise.interfaces.shared;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times as people in the UK read them. */
public final class LocalDateTimeText {

  private LocalDateTimeText() {}

  public static String now(DateTimeFormatter format, ZoneId zone) {
    return ZonedDateTime.now(zone).format(format);
  }
}
