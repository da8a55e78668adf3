package org.grantwise.domain.model.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in an invitation link: 32 random bytes (256 bits) from a strong generator, written
 * URL-safe. Only its SHA-256 is stored, so the table alone cannot be used to join.
 */
public record InvitationToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  public InvitationToken {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an invitation token");
    }
  }

  public static InvitationToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** A token read from a link, or nothing when it cannot be one. */
  public static java.util.Optional<InvitationToken> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? java.util.Optional.of(new InvitationToken(text))
        : java.util.Optional.empty();
  }

  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "InvitationToken[hidden]";
  }
}
