package nl.doorlopendelijn.demo;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.doorlopendelijn.testsupport.TestSmtp;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo's mailbox: every mail the demo's SMTP server ({@link TestSmtp}, GreenMail) caught, newest first, on a small
 * page of its own (JDK HTTP server, 127.0.0.1 only): to, subject, Message-ID and the text, attachments by name and
 * type. Demo only; the platform knows nothing of it.
 */
final class DemoPostvak {

  static final int PORT = Integer.parseInt(System.getProperty("demo.postvak-port", "8025"));

  private DemoPostvak() {}

  static String start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
      server.createContext("/", exchange -> {
        byte[] body = pagina().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "demo-postvak-stop"));
      return "http://127.0.0.1:" + PORT + "/";
    } catch (IOException e) {
      return "(niet gestart: " + e.getMessage() + ")";
    }
  }

  private static String pagina() {
    List<MimeMessage> mails = Arrays.asList(TestSmtp.shared().getReceivedMessages());
    StringBuilder b = new StringBuilder("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        + "<title>Postvak van de demo</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}"
        + "pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body>"
        + "<h1>Postvak van de demo</h1><p>" + mails.size() + " e-mail(s) ontvangen door de SMTP-server van de demo"
        + " (GreenMail, poort " + TestSmtp.shared().getSmtp().getPort() + "). Vernieuw de pagina voor nieuwe.</p>");
    for (int i = mails.size() - 1; i >= 0; i--) {
      MimeMessage m = mails.get(i);
      try {
        b.append("<article><h2>").append(HtmlUtils.htmlEscape(String.valueOf(m.getSubject()))).append("</h2><p>Aan: ")
            .append(HtmlUtils.htmlEscape(Arrays.toString(m.getAllRecipients()))).append("<br>Message-ID: ")
            .append(HtmlUtils.htmlEscape(String.valueOf(m.getMessageID()))).append("</p><pre>");
        inhoud(m.getContent(), b);
        b.append("</pre></article>");
      } catch (Exception e) {
        b.append("<p>(onleesbaar: ").append(HtmlUtils.htmlEscape(e.toString())).append(")</p>");
      }
    }
    return b.append("</body></html>").toString();
  }

  private static void inhoud(Object content, StringBuilder b) throws Exception {
    if (content instanceof String s) {
      b.append(HtmlUtils.htmlEscape(s));
    } else if (content instanceof jakarta.mail.Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        jakarta.mail.BodyPart p = mp.getBodyPart(i);
        if (p.getFileName() != null) {
          b.append("\n[bijlage: ").append(HtmlUtils.htmlEscape(p.getFileName())).append(", ")
              .append(HtmlUtils.htmlEscape(p.getContentType())).append("]\n");
        } else {
          inhoud(p.getContent(), b);
        }
      }
    }
  }
}
