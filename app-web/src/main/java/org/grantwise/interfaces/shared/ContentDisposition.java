package org.grantwise.interfaces.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A Content-Disposition header that is safe for any file name (RFC 6266 / 5987). */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String filename) {
    String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
