package org.grantwise.interfaces.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Limits on every JSON request body, checked before a resource or the JSON-P provider reads it: at
 * most {@value #MAX_DEPTH} levels of objects and arrays, numbers of at most {@value
 * #MAX_NUMBER_LENGTH} characters, strings of at most {@value #MAX_STRING_LENGTH} characters, and no
 * NUL character in a string (PostgreSQL cannot store it in text). The forms nest four levels and
 * their longest text is far shorter, so no real request comes near a limit.
 *
 * <p>A body nested too deep answers 400; a number, string or NUL answers 422 naming each field it
 * is in ({@code partners[1].name}; {@code [3].respondentRef} in an array of records), in the shape
 * of every other validation error. Malformed JSON answers 400, as before.
 */
@Provider
public class JsonLimits implements ReaderInterceptor {

  static final int MAX_DEPTH = 32;

  static final int MAX_NUMBER_LENGTH = 40;

  static final int MAX_STRING_LENGTH = 100_000;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (!blank(body)) {
      check(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Walks the body as a stream of events, so nothing is built before it passes. */
  static void check(byte[] body) {
    List<String[]> problems = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (path.size() >= MAX_DEPTH) {
              throw new Refused(
                  ApiError.response(
                      Response.Status.BAD_REQUEST,
                      "The request body is nested more than "
                          + MAX_DEPTH
                          + " levels deep; no address takes that"));
            }
            path.push(event == JsonParser.Event.START_ARRAY ? -1 : "");
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            next(path);
          }
          case KEY_NAME -> {
            path.pop();
            path.push(parser.getString());
          }
          case VALUE_NUMBER -> {
            if (parser.getString().length() > MAX_NUMBER_LENGTH) {
              problems.add(
                  new String[] {
                    field(path), "Give a number of at most " + MAX_NUMBER_LENGTH + " characters"
                  });
            }
            next(path);
          }
          case VALUE_STRING -> {
            String text = parser.getString();
            if (text.length() > MAX_STRING_LENGTH) {
              problems.add(
                  new String[] {
                    field(path), "Give at most " + MAX_STRING_LENGTH + " characters of text"
                  });
            } else if (text.indexOf('\u0000') >= 0) {
              problems.add(
                  new String[] {
                    field(path), "Remove the NUL character (\\u0000): text cannot contain it"
                  });
            }
            next(path);
          }
          default -> next(path);
        }
      }
    } catch (JsonParsingException e) {
      throw new Refused(
          ApiError.response(
              Response.Status.BAD_REQUEST,
              "The request body is not the JSON this address expects"));
    }
    if (!problems.isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      problems.forEach(
          p -> errors.add(Json.createObjectBuilder().add("field", p[0]).add("message", p[1])));
      throw new Refused(
          Response.status(422)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  Json.createObjectBuilder()
                      .add("error", "Unprocessable Content")
                      .add("message", "Some fields need attention; nothing was changed")
                      .add("errors", errors)
                      .build())
              .build());
    }
  }

  /** After a value in an array, the next value has the next index. */
  private static void next(Deque<Object> path) {
    if (!path.isEmpty() && path.peek() instanceof Integer index) {
      path.pop();
      path.push(index + 1);
    }
  }

  /** The path of the value being read, such as {@code partners[1].name}. */
  private static String field(Deque<Object> path) {
    StringBuilder field = new StringBuilder();
    // The deque is a stack: its last element is the outermost level.
    path.descendingIterator()
        .forEachRemaining(
            part -> {
              if (part instanceof Integer index) {
                field.append('[').append(Math.max(0, index + 1)).append(']');
              } else if (!part.toString().isEmpty()) {
                field.append(field.length() == 0 ? "" : ".").append(part);
              }
            });
    return field.toString();
  }

  private static boolean blank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A body refused by these limits, with its answer. */
  public static final class Refused extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    Refused(Response response) {
      super(response);
    }
  }
}
