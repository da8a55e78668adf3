import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail sink for local use and the tests: an SMTP server on loopback that accepts every message
 * and writes it to a directory as a .eml file (the envelope recipients first, as X-Sink-To
 * headers). Nothing is relayed anywhere.
 *
 * <p>Usage: java bin/MailSink.java PORT DIRECTORY
 */
public class MailSink {

  private static final AtomicLong COUNT = new AtomicLong();

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path directory = Path.of(args[1]);
    Files.createDirectories(directory);
    try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      System.out.println("Mail sink on 127.0.0.1:" + port + ", writing to " + directory);
      while (true) {
        Socket client = server.accept();
        Thread conversation = new Thread(() -> converse(client, directory), "smtp");
        conversation.setDaemon(true);
        conversation.start();
      }
    }
  }

  private static void converse(Socket client, Path directory) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 grantwise-mail-sink ESMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 grantwise-mail-sink");
          case "MAIL" -> {
            recipients.clear();
            reply(out, "250 OK");
          }
          case "RCPT" -> {
            recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            StringBuilder message = new StringBuilder();
            for (String r : recipients) {
              message.append("X-Sink-To: ").append(r).append("\r\n");
            }
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
            }
            store(directory, message.toString());
            reply(out, "250 OK: stored");
          }
          case "RSET" -> {
            recipients.clear();
            reply(out, "250 OK");
          }
          case "NOOP" -> reply(out, "250 OK");
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      System.err.println("mail sink: " + e.getMessage());
    }
  }

  private static void store(Path directory, String message) throws IOException {
    String name = System.currentTimeMillis() + "-" + COUNT.incrementAndGet() + ".eml";
    Path partial = directory.resolve(name + ".part");
    Files.writeString(partial, message, StandardCharsets.UTF_8);
    Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
